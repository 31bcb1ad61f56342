// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "textreport.h"

#include "assessment.h"
#include "lenientjson.h"
#include "periodparser.h"
#include "textlines.h"

#include <QRegularExpression>

#include <algorithm>

namespace atlas {

namespace {

using namespace text;

struct Line
{
    QString text; // trimmed
    int number = 0;
    bool blankBefore = false;
};

struct Block
{
    enum Kind { Heading, Item, Para } kind = Para;
    QString text;
    int level = -1; // markdown level 1..6; 0 for a bold line; -1 for a plain line
    int line = 0;
    QString lastLine; // last physical line, to decide whether the next one continues it
    QString raw;      // text before Markdown emphasis was removed
};

class TextReportReader
{
public:
    TextReportReader(Report &report, bool markdown) : m_report(report), m_markdown(markdown) {}

    void read(const QString &input)
    {
        const QStringList raw = normalizeText(input).split(QLatin1Char('\n'));
        m_lines.reserve(raw.size());
        for (int i = 0; i < raw.size(); ++i)
            m_lines.push_back({raw[i].trimmed(), i + 1, false});

        const int jsonStart = findJsonStart();
        int jsonEnd = jsonStart; // first line index after the JSON
        if (jsonStart >= 0)
            jsonEnd = readJson(jsonStart);
        else
            m_report.diagnostics.append({Severity::Warning, 0,
                                         QStringLiteral("no structured assessment (JSON) found; the "
                                                        "report has no hotspots"),
                                         -1});

        std::vector<Line> prose;
        bool blank = false;
        for (int i = 0; i < int(m_lines.size()); ++i) {
            if (jsonStart >= 0 && i >= jsonStart && i < jsonEnd)
                continue;
            const Line &l = m_lines[size_t(i)];
            if (l.text.isEmpty() || isFenceLine(l.text)) {
                blank = true;
                continue;
            }
            if (isPageNumberLine(l.text))
                continue; // a page break does not end a paragraph
            prose.push_back({l.text, l.number, blank});
            blank = false;
        }
        buildBlocks(prose);
        interpretBlocks();
    }

private:
    int findJsonStart() const
    {
        int heading = -1;
        for (int i = 0; i < int(m_lines.size()); ++i) {
            const QString &t = m_lines[size_t(i)].text;
            if (t.size() < 80 && knownHeading(headingKey(t)) == Known::Assessment) {
                heading = i;
                break;
            }
        }
        auto opensJson = [](const QString &t) {
            return t.startsWith(QLatin1Char('{')) ||
                   (t.startsWith(QLatin1Char('[')) && !t.startsWith(QLatin1String("[^")) &&
                    (t.size() == 1 || t.at(1) == QLatin1Char('{') || t.at(1) == QLatin1Char(' ')));
        };
        if (heading >= 0) {
            for (int i = heading + 1; i < int(m_lines.size()); ++i) {
                if (opensJson(m_lines[size_t(i)].text))
                    return i;
            }
        }
        // No heading: the first object that holds assessment keys soon after it opens.
        for (int i = 0; i < int(m_lines.size()); ++i) {
            if (!m_lines[size_t(i)].text.startsWith(QLatin1Char('{')))
                continue;
            for (int j = i; j < std::min<int>(int(m_lines.size()), i + 60); ++j) {
                const QString &t = m_lines[size_t(j)].text;
                if (t.contains(QLatin1String("\"hotspots\"")) || t.contains(QLatin1String("\"threat_level\"")) ||
                    t.contains(QLatin1String("hotspots:")))
                    return i;
            }
        }
        return -1;
    }

    // Parses the JSON starting at line `start`; returns the index of the first line after it.
    int readJson(int start)
    {
        std::string text;
        std::vector<int> numbers; // original line per JSON line
        std::vector<int> indices; // index into m_lines per JSON line
        auto significant = [&](int from, int step) -> const QString * {
            for (int k = from; k >= 0 && k < int(m_lines.size()); k += step) {
                const QString &t = m_lines[size_t(k)].text;
                if (!t.isEmpty() && !isFenceLine(t))
                    return &t;
            }
            return nullptr;
        };
        for (int i = start; i < int(m_lines.size()); ++i) {
            const QString &t = m_lines[size_t(i)].text;
            if (isFenceLine(t))
                continue;
            if (!t.isEmpty() && isPageNumberLine(t)) {
                // Only a page number when it cannot be an array element or a value.
                const QString *prev = significant(i - 1, -1);
                const QString *next = significant(i + 1, 1);
                const bool prevStructural = prev && (prev->endsWith(QLatin1Char(',')) || prev->endsWith(QLatin1Char('{')) ||
                                                     prev->endsWith(QLatin1Char('}')) || prev->endsWith(QLatin1Char('[')) ||
                                                     prev->endsWith(QLatin1Char(']')) || prev->endsWith(QLatin1Char('"')));
                const bool nextCloses = next && next->startsWith(QLatin1Char(']'));
                if (t.startsWith(QLatin1String("Page"), Qt::CaseInsensitive) ||
                    (prevStructural && !nextCloses))
                    continue;
            }
            text += t.toStdString();
            text.push_back('\n');
            numbers.push_back(m_lines[size_t(i)].number);
            indices.push_back(i);
        }
        LenientJsonParser::Result r = LenientJsonParser::parse(text, numbers);
        m_report.diagnostics.append(r.diagnostics);
        if (!r.fatal.isEmpty()) {
            m_report.diagnostics.append({Severity::Error, m_lines[size_t(start)].number,
                                         QStringLiteral("the structured assessment could not be read: ") +
                                             r.fatal,
                                         -1});
            return int(m_lines.size());
        }
        readAssessment(r.root, r.truncated, m_report);
        // Lines after the value go back to the prose (an annex, sources).
        const size_t consumedLines =
            size_t(std::count(text.begin(), text.begin() + qsizetype(std::min(r.end, text.size())), '\n'));
        if (consumedLines >= indices.size())
            return int(m_lines.size());
        // The line holding the end of the value is consumed too.
        return indices[consumedLines] + (r.end > 0 && text[r.end - 1] != '\n' ? 1 : 0);
    }

    void buildBlocks(const std::vector<Line> &prose)
    {
        // Width at which the text was hard-wrapped, if it was: lines that reach it continue.
        std::vector<int> lengths;
        for (const Line &l : prose) {
            if (l.text.size() > 40)
                lengths.push_back(int(l.text.size()));
        }
        int wrapWidth = 0;
        if (lengths.size() >= 5) {
            std::sort(lengths.begin(), lengths.end());
            wrapWidth = lengths[lengths.size() * 9 / 10];
            if (wrapWidth > 160)
                wrapWidth = 0; // paragraphs are whole lines: no wrapping to undo
        }

        // No lazy group before a trailing "\\s*#*$": that backtracks quadratically on long lines.
        static const QRegularExpression mdHeading(QStringLiteral("^(#{1,6})\\s+(.*)$"));
        static const QRegularExpression boldLine(QStringLiteral("^\\*\\*([^*]+)\\*\\*:?$"));
        static const QRegularExpression bullet(
            QStringLiteral("^(?:[-*\u2022\u2023\u25AA\u25E6\u2013\u2014\u25CF]|\\d{1,2}[.)])\\s+(.*)$"));

        for (const Line &l : prose) {
            const QString &t = l.text;
            // Cheap first-character tests keep the patterns off ordinary paragraph lines.
            const QChar first = t.front();
            const bool maybeMarkup = first == QLatin1Char('#') || first == QLatin1Char('*') || first == QLatin1Char('-') ||
                                     first.isDigit() || first.unicode() >= 0x2000;
            if (!maybeMarkup) {
                // fall through to the paragraph logic below
            } else if (const auto m = mdHeading.match(t); m.hasMatch()) {
                QString text = m.captured(2);
                while (text.endsWith(QLatin1Char('#')))
                    text.chop(1); // closing hashes: "## Summary ##"
                m_blocks.push_back({Block::Heading, stripEmphasis(text).simplified(),
                                    int(m.captured(1).size()), l.number, t});
                continue;
            } else if (const auto m = boldLine.match(t); m.hasMatch()) {
                m_blocks.push_back({Block::Heading, m.captured(1).simplified(), 0, l.number, t});
                continue;
            } else if (const auto m = bullet.match(t); m.hasMatch()) {
                m_blocks.push_back({Block::Item, m.captured(1).trimmed(), -1, l.number, t});
                continue;
            }
            if (!m_blocks.empty() && continues(m_blocks.back(), l, wrapWidth)) {
                Block &b = m_blocks.back();
                appendWrapped(b.text, t);
                b.lastLine = t;
                continue;
            }
            const QString key = headingKey(t);
            if (knownHeading(key) != Known::None || (looksLikeTitle(t) && previousEnds())) {
                m_blocks.push_back({Block::Heading, stripEmphasis(t).simplified(), -1, l.number, t});
                continue;
            }
            m_blocks.push_back({Block::Para, t, -1, l.number, t});
        }
        for (Block &b : m_blocks) {
            b.raw = b.text;
            if (b.kind != Block::Heading)
                b.text = stripEmphasis(b.text).simplified();
        }
    }

    bool previousEnds() const
    {
        if (m_blocks.empty())
            return true;
        const Block &b = m_blocks.back();
        return b.kind == Block::Heading || endsSentence(b.lastLine) ||
               (b.kind == Block::Item && looksLikeTitle(b.text));
    }

    bool continues(const Block &b, const Line &next, int wrapWidth) const
    {
        if (b.kind == Block::Heading)
            return false;
        if (m_markdown && next.blankBefore)
            return false; // Markdown: a blank line always ends a paragraph
        const QString &prev = b.lastLine;
        const QString &t = next.text;
        if (knownHeading(headingKey(t)) != Known::None)
            return false;
        if (b.kind == Block::Item) {
            // A title-only bullet ("- Rising Crime Rates") is followed by its body, not joined.
            if (looksLikeTitle(b.text) && !b.text.contains(QLatin1Char(':')))
                return false;
            if (next.blankBefore)
                return t.front().isLower() && !endsSentence(prev);
        }
        if (t.front().isLower())
            return true;
        if (!endsSentence(prev))
            return !(next.blankBefore && looksLikeTitle(t) && prev.size() < 60);
        // The previous line ends a sentence: a new paragraph, unless it filled the wrap width.
        if (next.blankBefore || wrapWidth == 0)
            return false;
        QString title, body;
        return prev.size() >= wrapWidth * 85 / 100 && !looksLikeTitle(t) && !splitTitled(t, &title, &body);
    }

    enum class State { Preamble, Summary, Developments, Section, Assessment };

    static bool isSectionWord(const QString &t)
    {
        static const QRegularExpression re(QStringLiteral(
            "\\b(Analysis|Outlook|Forecast|Impact|Dynamics|Implications|Assessment|Recommendations|"
            "Annex|Sources|References|Methodology|Conclusions?|Appendix|Background|Indicators|Notes)\\b"));
        return re.match(t).hasMatch();
    }

    // "Title: body", "Title — body", "Title. body" with a short Title Case title.
    static bool splitTitled(const QString &t, QString *title, QString *body)
    {
        static const QRegularExpression re(QStringLiteral("^([^:.\u2014\u2013]{2,110}?)\\s*(?::|\u2014|\u2013| - |\\.)\\s+(.+)$"));
        const auto m = re.match(t);
        if (!m.hasMatch())
            return false;
        const QString head = m.captured(1).trimmed();
        if (!looksLikeTitle(head, 12))
            return false;
        *title = head;
        *body = m.captured(2).trimmed();
        return true;
    }

    void startSection(const QString &heading)
    {
        m_report.sections.append({heading, QString()});
        m_state = State::Section;
    }

    static void appendParagraph(QString &body, const QString &text)
    {
        if (text.isEmpty())
            return;
        if (!body.isEmpty())
            body += QStringLiteral("\n\n");
        body += text;
    }

    void addToDevelopment(const QString &text)
    {
        if (m_report.keyDevelopments.isEmpty())
            m_report.keyDevelopments.append({QString(), QString()});
        appendParagraph(m_report.keyDevelopments.last().body, text);
    }

    void interpretBlocks()
    {
        static const QRegularExpression periodLine(
            QStringLiteral("^(?:analysis|reporting|assessment)?\\s*period\\s*[:\uFF1A]\\s*(.+)$"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression countryLine(QStringLiteral("^country\\s*:\\s*(.+)$"),
                                                    QRegularExpression::CaseInsensitiveOption);
        int devHeadingLevel = -1;
        bool devsAsBullets = false;
        int titleBlock = -1;

        for (size_t i = 0; i < m_blocks.size(); ++i) {
            const Block &b = m_blocks[i];
            const QString key = headingKey(b.text);
            const bool previousWasTitle = i > 0 && titleBlock == int(i - 1);

            // Metadata lines may come anywhere before the summary.
            const bool maybeMeta = b.text.size() < 300 && (b.text.contains(QLatin1String("period"), Qt::CaseInsensitive) ||
                                                            b.text.startsWith(QLatin1String("Country"), Qt::CaseInsensitive));
            if (maybeMeta && (b.kind != Block::Heading || m_state == State::Preamble)) {
                if (const auto m = periodLine.match(b.text); m.hasMatch() && !m_report.period.isValid()) {
                    m_report.period = parsePeriod(m.captured(1));
                    if (!m_report.period.isValid())
                        m_report.diagnostics.append({Severity::Warning, b.line,
                                                     QStringLiteral("the analysis period \"%1\" could not be read")
                                                         .arg(m.captured(1).left(60)),
                                                     -1});
                    continue;
                }
                if (const auto m = countryLine.match(b.text); m.hasMatch() && m_report.country.isEmpty()) {
                    m_report.country = m.captured(1).simplified();
                    continue;
                }
            }

            if (m_report.title.isEmpty() && m_state == State::Preamble && b.text.size() <= 120 &&
                (b.kind == Block::Heading || b.text.contains(QLatin1String("REPORT"), Qt::CaseInsensitive))) {
                m_report.title = b.text.simplified();
                titleBlock = int(i);
                continue;
            }

            if (b.kind == Block::Heading) {
                const Known known = knownHeading(key);
                if (known == Known::Summary) {
                    m_state = State::Summary;
                    continue;
                }
                if (known == Known::Developments) {
                    m_state = State::Developments;
                    devHeadingLevel = b.level;
                    continue;
                }
                if (known == Known::Assessment) {
                    m_state = State::Assessment;
                    continue;
                }
                if (m_state == State::Developments) {
                    bool isDevTitle;
                    if (b.level > 0 && devHeadingLevel > 0)
                        isDevTitle = b.level > devHeadingLevel;
                    else if (b.level == 0)
                        isDevTitle = devHeadingLevel != 0;
                    else
                        isDevTitle = !devsAsBullets && !isSectionWord(b.text);
                    if (isDevTitle) {
                        m_report.keyDevelopments.append({b.text.simplified(), QString()});
                        continue;
                    }
                }
                // A plain line right under the title ("AI-Assisted Open Source Intelligence
                // Assessment") is a subtitle, as is any plain line before the first section
                // unless it names one.
                if (m_state == State::Preamble && b.level == -1 && (previousWasTitle || !isSectionWord(b.text)))
                    continue;
                startSection(b.text.simplified());
                continue;
            }

            switch (m_state) {
            case State::Preamble:
                // Subtitles and disclaimers before the first section are not report content.
                break;
            case State::Summary:
                appendParagraph(m_report.executiveSummary,
                                b.kind == Block::Item ? QStringLiteral("• ") + b.text : b.text);
                break;
            case State::Developments: {
                QString title, body;
                static const QRegularExpression boldTitle(
                    QStringLiteral("^\\*\\*(.+?)\\*\\*\\s*[:.\u2014\u2013-]?\\s*(.*)$"));
                if (b.kind == Block::Item) {
                    devsAsBullets = true;
                    if (const auto m = boldTitle.match(b.raw); m.hasMatch()) {
                        QString t = m.captured(1).trimmed();
                        while (t.endsWith(QLatin1Char(':')) || t.endsWith(QLatin1Char('.')))
                            t.chop(1);
                        m_report.keyDevelopments.append({t.simplified(), stripEmphasis(m.captured(2)).simplified()});
                    } else if (splitTitled(b.text, &title, &body))
                        m_report.keyDevelopments.append({title, body});
                    else if (looksLikeTitle(b.text))
                        m_report.keyDevelopments.append({b.text, QString()});
                    else
                        m_report.keyDevelopments.append({QString(), b.text});
                } else if (splitTitled(b.text, &title, &body)) {
                    m_report.keyDevelopments.append({title, body});
                } else {
                    addToDevelopment(b.text);
                }
                break;
            }
            case State::Section:
                appendParagraph(m_report.sections.last().body,
                                b.kind == Block::Item ? QStringLiteral("• ") + b.text : b.text);
                break;
            case State::Assessment:
                // Prose between the heading and the JSON (a short note): keep it as a section.
                startSection(QStringLiteral("Structured Assessment"));
                appendParagraph(m_report.sections.last().body, b.text);
                break;
            }
        }

        // Threat level stated only in prose ("Overall threat level: Elevated").
        if (!m_report.threatLevel) {
            static const QRegularExpression threat(
                QStringLiteral("threat level\\s*(?:is|:|-|\u2013|remains|of)?\\s*\\**([A-Za-z]+)"),
                QRegularExpression::CaseInsensitiveOption);
            for (const Block &b : m_blocks) {
                if (!b.text.contains(QLatin1String("hreat level"), Qt::CaseInsensitive))
                    continue;
                const auto m = threat.match(b.text);
                if (!m.hasMatch())
                    continue;
                const ThreatLevel level = ThreatLevel::fromWord(m.captured(1));
                if (level.isKnown()) {
                    m_report.threatLevel = level;
                    m_report.diagnostics.append({Severity::Info, b.line,
                                                 QStringLiteral("threat level taken from the text: %1").arg(level.word),
                                                 -1});
                    break;
                }
            }
        }
    }

    Report &m_report;
    bool m_markdown = false;
    std::vector<Line> m_lines;
    std::vector<Block> m_blocks;
    State m_state = State::Preamble;
};

} // namespace

QString titleCaseName(const QString &name)
{
    const QString n = name.simplified();
    bool hasLower = false;
    for (QChar c : n) {
        if (c.isLower()) {
            hasLower = true;
            break;
        }
    }
    if (hasLower)
        return n;
    QStringList words = n.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < words.size(); ++i) {
        QString &w = words[i];
        if (i > 0 && (w == QLatin1String("and") || w == QLatin1String("of") || w == QLatin1String("the")))
            continue;
        // "GUINEA-BISSAU" -> "Guinea-Bissau"
        bool start = true;
        for (QChar &c : w) {
            if (start && c.isLetter()) {
                c = c.toUpper();
                start = false;
            } else if (c == QLatin1Char('-') || c == QLatin1Char('\'')) {
                start = c == QLatin1Char('-');
            }
        }
    }
    return words.join(QLatin1Char(' '));
}

QString countryFromTitle(const QString &title)
{
    QString t = stripEmphasis(title).simplified();
    if (t.size() > 200)
        return {}; // not a title; also keeps the patterns below cheap
    static const QRegularExpression before(
        QStringLiteral("^(.+?)\\s*(?:[-:\u2013\u2014]\\s*)?(?:weekly\\s+)?(?:security|threat|osint|intelligence|"
                       "situation|risk)\\b.*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression after(
        QStringLiteral("^.*\\b(?:report|assessment|analysis|update)\\s*(?::|-|\u2013|\u2014|for|on)\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = after.match(t); m.hasMatch()) {
        QString c = m.captured(1).trimmed();
        static const QRegularExpression date(QStringLiteral("\\s*[,(\u2013-].*$"));
        c.remove(date);
        if (!c.isEmpty() && c.size() < 60)
            return titleCaseName(c);
    }
    if (const auto m = before.match(t); m.hasMatch()) {
        const QString c = m.captured(1).trimmed();
        if (!c.isEmpty() && c.size() < 60 && !c.contains(QLatin1String("weekly"), Qt::CaseInsensitive))
            return titleCaseName(c);
    }
    return {};
}

void readTextReport(const QString &text, Report &report)
{
    TextReportReader(report, report.format == SourceFormat::Markdown).read(text);
    if (report.country.isEmpty() && !report.title.isEmpty())
        report.country = countryFromTitle(report.title);
}

} // namespace atlas
