// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "periodparser.h"

#include <QRegularExpression>

namespace atlas {

namespace {

int monthFromWord(const QString &word)
{
    static const char *names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString w = word.toLower();
    if (w.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        if (w.startsWith(QLatin1String(names[i]))) {
            // "sept", "june", "september" are fine; "mayor" is not a month.
            static const char *full[] = {"january", "february", "march",     "april",
                                         "may",     "june",     "july",      "august",
                                         "september", "october", "november", "december"};
            const QString f = QLatin1String(full[i]);
            if (f.startsWith(w) || (i == 8 && w == QLatin1String("sept")))
                return i + 1;
        }
    }
    return 0;
}

// The parts of one side of a range: any of day, month, year may be missing.
struct Partial
{
    int day = 0;
    int month = 0;
    int year = 0;
};

Partial parsePartial(const QString &s)
{
    Partial p;
    static const QRegularExpression token(QStringLiteral("(\\d+)(?:st|nd|rd|th)?|([A-Za-z]+)"));
    auto it = token.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedLength(1)) {
            const QString num = m.captured(1);
            const int n = num.toInt();
            if (num.size() == 4 && n >= 1900 && n <= 2200)
                p.year = n;
            else if (num.size() <= 2 && n >= 1 && n <= 31 && !p.day)
                p.day = n;
        } else if (!p.month) {
            p.month = monthFromWord(m.captured(2));
        }
    }
    return p;
}

} // namespace

QDate parseDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("(\\d{4})-(\\d{1,2})-(\\d{1,2})"));
    const auto m = iso.match(text);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const Partial p = parsePartial(text);
    if (p.day && p.month && p.year)
        return QDate(p.year, p.month, p.day);
    return {};
}

Period parsePeriod(const QString &input)
{
    QString text = input;
    text.replace(QChar(0x2013), QLatin1Char('-')).replace(QChar(0x2014), QLatin1Char('-'));
    text.replace(QChar(0x2212), QLatin1Char('-'));

    static const QRegularExpression isoPair(
        QStringLiteral("(\\d{4}-\\d{1,2}-\\d{1,2})\\s*(?:-|to|until|through|/|–)\\s*(\\d{4}-\\d{1,2}-\\d{1,2})"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = isoPair.match(text); m.hasMatch()) {
        Period p{parseDate(m.captured(1)), parseDate(m.captured(2))};
        if (p.isValid() && p.start <= p.end)
            return p;
        return {};
    }

    // Split at the range separator: " - ", "-" between numbers, "to", "until", "through".
    static const QRegularExpression sep(
        QStringLiteral("\\s+-\\s*|\\s*-\\s+|(?<=\\d)-(?=\\d)|(?<=[A-Za-z])-(?=\\d)|(?<=\\d)-(?=[A-Za-z])|\\s+(?:to|until|through|till)\\s+"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = sep.match(text);
    if (!m.hasMatch())
        return {};
    Partial a = parsePartial(text.left(m.capturedStart()));
    Partial b = parsePartial(text.mid(m.capturedEnd()));
    if (!b.year && a.year)
        b.year = a.year;
    if (!b.month && a.month)
        b.month = a.month; // "May 22-29, 2026"
    if (!a.month)
        a.month = b.month; // "22-29 May 2026"
    if (!b.day || !b.month || !b.year || !a.day || !a.month)
        return {};
    if (!a.year)
        a.year = a.month > b.month ? b.year - 1 : b.year; // "Dec 29 - Jan 4, 2026"
    Period p{QDate(a.year, a.month, a.day), QDate(b.year, b.month, b.day)};
    if (!p.isValid() || p.start > p.end || p.start.daysTo(p.end) > 366)
        return {};
    return p;
}

} // namespace atlas
