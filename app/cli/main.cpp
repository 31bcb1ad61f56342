// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include <cstdio>

int main()
{
    std::puts("hotspot-atlas-cli: skeleton");
    return 0;
}
