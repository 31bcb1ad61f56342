// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace atlas {

// Tool tips guess rich text from the content; report text is untrusted, so escape it and say
// explicitly how to lay it out. Use for every tool tip that holds report text or a path.
inline QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace atlas
