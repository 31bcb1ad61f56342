// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "textlines.h"

#include <QRegularExpression>
#include <QStringList>

namespace atlas::text {

QString normalizeText(QString t)
{
    // One pass: most reports need nothing, and a replace() per character kind scanned the whole
    // text each time. Ligatures, line ends and invisible characters that PDF extraction leaves.
    QString out;
    out.reserve(t.size() + 16);
    const QChar *p = t.constData();
    const QChar *end = p + t.size();
    for (; p < end; ++p) {
        const char16_t c = p->unicode();
        if (c >= 0x20 && c < 0xA0) {
            out.append(*p);
            continue;
        }
        switch (c) {
        case 0xFB00: out.append(QLatin1String("ff")); break;
        case 0xFB01: out.append(QLatin1String("fi")); break;
        case 0xFB02: out.append(QLatin1String("fl")); break;
        case 0xFB03: out.append(QLatin1String("ffi")); break;
        case 0xFB04: out.append(QLatin1String("ffl")); break;
        case 0xFB05:
        case 0xFB06: out.append(QLatin1String("st")); break;
        case '\r':
            out.append(QLatin1Char('\n'));
            if (p + 1 < end && p[1] == QLatin1Char('\n'))
                ++p;
            break;
        case '\f': out.append(QLatin1Char('\n')); break;
        case '\t':
        case 0x00A0: out.append(QLatin1Char(' ')); break;
        case 0x00AD: // soft hyphen
        case 0x200B: // zero-width space
        case 0xFEFF: // byte order mark
            break;
        default: out.append(*p); break;
        }
    }
    return out;
}

bool isFenceLine(const QString &t)
{
    if (!t.contains(QLatin1Char('`')) && !t.startsWith(QLatin1String("~~~")))
        return false;
    QString rest = t;
    rest.remove(QLatin1Char('`')).remove(QLatin1Char('~')).remove(QLatin1Char(' '));
    return rest.isEmpty() || rest.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0 ||
           rest.compare(QLatin1String("json5"), Qt::CaseInsensitive) == 0;
}

bool isPageNumberLine(const QString &t)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:page\\s+)?-?\\s*\\d{1,4}\\s*-?(?:\\s*(?:of|/)\\s*\\d{1,4})?$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(t).hasMatch();
}

// "## Executive Summary", "**Executive Summary**", "Executive Summary:" -> "executive summary".
// Only short lines can be headings; longer ones give an empty key without any work.
QString headingKey(const QString &t)
{
    if (t.size() > 100)
        return {};
    QString s = t;
    s.remove(QLatin1Char('#')).remove(QLatin1Char('*')).remove(QLatin1Char('_'));
    s = s.trimmed();
    while (s.endsWith(QLatin1Char(':')))
        s.chop(1);
    return s.simplified().toLower();
}


Known knownHeading(const QString &key)
{
    if (key.isEmpty())
        return Known::None;
    static const QStringList summary = {
        QStringLiteral("executive summary"), QStringLiteral("summary"), QStringLiteral("overview"),
        QStringLiteral("key judgments"), QStringLiteral("bottom line up front")};
    static const QStringList devs = {
        QStringLiteral("key security developments"), QStringLiteral("key developments"),
        QStringLiteral("key events"), QStringLiteral("significant developments"),
        QStringLiteral("security developments"), QStringLiteral("key security events"),
        QStringLiteral("main developments")};
    if (summary.contains(key))
        return Known::Summary;
    if (devs.contains(key))
        return Known::Developments;
    if (key.startsWith(QLatin1String("structured assessment")) &&
        (key.size() == 21 || !key.at(21).isLetterOrNumber()))
        return Known::Assessment;
    return Known::None;
}

bool endsSentence(QString t)
{
    while (!t.isEmpty() && (t.back() == QLatin1Char('*') || t.back() == QLatin1Char('_')))
        t.chop(1);
    if (t.isEmpty())
        return true;
    static const QString enders = QStringLiteral(".!?:;\"\u201D\u2019')\u2026]");
    return enders.contains(t.back());
}

static bool isMinorWord(const QString &w)
{
    static const QStringList minor = {
        QStringLiteral("a"),    QStringLiteral("an"),   QStringLiteral("and"),  QStringLiteral("or"),
        QStringLiteral("of"),   QStringLiteral("in"),   QStringLiteral("on"),   QStringLiteral("at"),
        QStringLiteral("to"),   QStringLiteral("for"),  QStringLiteral("with"), QStringLiteral("the"),
        QStringLiteral("by"),   QStringLiteral("from"), QStringLiteral("vs"),   QStringLiteral("vs."),
        QStringLiteral("amid"), QStringLiteral("over"), QStringLiteral("into"), QStringLiteral("as"),
        QStringLiteral("near"), QStringLiteral("after"), QStringLiteral("under"), QStringLiteral("via"),
        QStringLiteral("between"), QStringLiteral("against"), QStringLiteral("about"),
    };
    return minor.contains(w.toLower());
}

// A short Title Case line without sentence punctuation: a heading or development title.
bool looksLikeTitle(const QString &t, int maxWords)
{
    if (t.size() < 3 || t.size() > 110)
        return false;
    if (!(t.front().isUpper() || t.front().isDigit()))
        return false;
    const QChar last = t.back();
    if (last == QLatin1Char('.') || last == QLatin1Char(',') || last == QLatin1Char(';') ||
        last == QLatin1Char('!') || last == QLatin1Char('?'))
        return false;
    if (t.contains(QLatin1String(". ")) || t.contains(QLatin1String(": ")))
        return false;
    const QStringList words = t.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > maxWords)
        return false;
    int significant = 0, capitalised = 0;
    for (const QString &w : words) {
        QString core = w;
        while (!core.isEmpty() && !core.front().isLetterOrNumber())
            core.remove(0, 1);
        if (core.isEmpty() || isMinorWord(core))
            continue;
        ++significant;
        if (core.front().isUpper() || core.front().isDigit())
            ++capitalised;
    }
    return significant > 0 && capitalised * 10 >= significant * 7;
}

QString stripEmphasis(QString t)
{
    t.remove(QStringLiteral("**"));
    t.remove(QStringLiteral("__"));
    if (t.size() > 2 && t.startsWith(QLatin1Char('*')) && t.endsWith(QLatin1Char('*')))
        t = t.mid(1, t.size() - 2);
    if (t.size() > 2 && t.startsWith(QLatin1Char('_')) && t.endsWith(QLatin1Char('_')))
        t = t.mid(1, t.size() - 2);
    return t.trimmed();
}

void appendWrapped(QString &text, const QString &next)
{
    if (text.endsWith(QLatin1Char('-')) && text.size() > 1 && text.at(text.size() - 2).isLetter() &&
        !next.isEmpty() && next.front().isLower()) {
        text.chop(1);
        text += next;
        return;
    }
    if (!text.isEmpty())
        text += QLatin1Char(' ');
    text += next;
}

} // namespace atlas::text
