// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QNetworkProxy>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The tests talk to 127.0.0.1 only; a proxy from the environment must not get in between.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    return Catch::Session().run(argc, argv);
}
