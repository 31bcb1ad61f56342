// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "lenientjson.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace atlas {

namespace {

bool keyMatches(std::string_view key, std::string_view name)
{
    // Compare ignoring case and the separators models vary ("threatLevel", "threat-level").
    size_t i = 0, j = 0;
    auto skip = [](std::string_view s, size_t &k) {
        while (k < s.size() && (s[k] == '_' || s[k] == '-' || s[k] == ' '))
            ++k;
    };
    for (;;) {
        skip(key, i);
        skip(name, j);
        if (i == key.size() || j == name.size())
            return i == key.size() && j == name.size();
        char a = key[i], b = name[j];
        if (a >= 'A' && a <= 'Z')
            a = char(a - 'A' + 'a');
        if (b >= 'A' && b <= 'Z')
            b = char(b - 'A' + 'a');
        if (a != b)
            return false;
        ++i;
        ++j;
    }
}

// The repairs we report, each once.
enum Repair {
    RepComment,
    RepTrailingComma,
    RepMissingComma,
    RepSingleQuote,
    RepCurlyQuote,
    RepUnquotedKey,
    RepBareWord,
    RepPythonLiteral,
    RepWrappedString,
    RepStrayNumber,
    RepStrayChar,
    RepMissingColon,
    RepBadEscape,
    RepUnterminatedString,
    RepNonFinite,
    RepCount
};

class Parser
{
public:
    Parser(std::string_view s, const std::vector<int> &lines, int firstLine)
        : m_s(s), m_lines(lines), m_firstLine(firstLine)
    {
    }

    LenientJsonParser::Result run()
    {
        LenientJsonParser::Result r;
        skipSpace();
        if (atEnd()) {
            r.fatal = QStringLiteral("no JSON value found");
            return r;
        }
        const char c = peek();
        if (c != '{' && c != '[') {
            r.fatal = QStringLiteral("expected a JSON object or array");
            return r;
        }
        r.root = parseValue(0);
        r.found = !m_fatal;
        r.truncated = m_truncated;
        r.end = m_pos;
        if (m_fatal)
            r.fatal = m_fatalMessage;
        r.diagnostics = m_diags;
        return r;
    }

private:
    bool atEnd() const { return m_pos >= m_s.size(); }
    char peek(size_t ahead = 0) const
    {
        return m_pos + ahead < m_s.size() ? m_s[m_pos + ahead] : '\0';
    }
    bool startsWith(std::string_view t) const { return m_s.substr(m_pos, t.size()) == t; }

    int currentLine() const
    {
        if (m_lineIndex < int(m_lines.size()))
            return m_lines[size_t(m_lineIndex)];
        if (!m_lines.empty())
            return m_lines.back();
        return m_firstLine + m_lineIndex;
    }

    void advance()
    {
        if (m_s[m_pos] == '\n')
            ++m_lineIndex;
        ++m_pos;
    }

    void note(Repair kind, Severity sev, const QString &message)
    {
        if (m_reported[kind])
            return;
        m_reported[kind] = true;
        m_diags.append({sev, currentLine(), message, -1});
    }

    void skipSpace()
    {
        while (!atEnd()) {
            const unsigned char c = static_cast<unsigned char>(m_s[m_pos]);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
                advance();
            } else if (c == 0xC2 && static_cast<unsigned char>(peek(1)) == 0xA0) {
                m_pos += 2; // no-break space
            } else if (c == 0xEF && startsWith("\xEF\xBB\xBF")) {
                m_pos += 3; // byte order mark
            } else if (c == '/' && peek(1) == '/') {
                note(RepComment, Severity::Info, QStringLiteral("removed comments from the JSON"));
                while (!atEnd() && m_s[m_pos] != '\n')
                    ++m_pos;
            } else if (c == '#') {
                note(RepComment, Severity::Info, QStringLiteral("removed comments from the JSON"));
                while (!atEnd() && m_s[m_pos] != '\n')
                    ++m_pos;
            } else if (c == '/' && peek(1) == '*') {
                note(RepComment, Severity::Info, QStringLiteral("removed comments from the JSON"));
                m_pos += 2;
                while (!atEnd() && !(m_s[m_pos] == '*' && peek(1) == '/'))
                    advance();
                if (!atEnd())
                    m_pos += 2;
            } else {
                break;
            }
        }
    }

    // Curly quotes: “ ” (E2 80 9C/9D) and ‘ ’ (E2 80 98/99).
    int curlyQuoteAt(size_t pos) const
    {
        if (pos + 2 < m_s.size() && static_cast<unsigned char>(m_s[pos]) == 0xE2 &&
            static_cast<unsigned char>(m_s[pos + 1]) == 0x80) {
            const unsigned char c = static_cast<unsigned char>(m_s[pos + 2]);
            if (c == 0x9C || c == 0x9D)
                return 2; // double
            if (c == 0x98 || c == 0x99)
                return 1; // single
        }
        return 0;
    }

    bool atStringStart() const { return peek() == '"' || peek() == '\'' || curlyQuoteAt(m_pos); }

    static bool isIdentStart(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    }
    static bool isIdentChar(char c) { return isIdentStart(c) || (c >= '0' && c <= '9'); }
    static bool isNumberStart(char c)
    {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
    }

    void fatal(const QString &message)
    {
        if (!m_fatal) {
            m_fatal = true;
            m_fatalMessage = message;
        }
    }

    JsonValue parseValue(int depth)
    {
        JsonValue v;
        v.line = currentLine();
        if (depth >= LenientJsonParser::maxDepth) {
            fatal(QStringLiteral("the JSON is nested deeper than %1 levels (line %2)")
                      .arg(LenientJsonParser::maxDepth)
                      .arg(currentLine()));
            m_pos = m_s.size();
            return v;
        }
        skipSpace();
        v.line = currentLine();
        if (atEnd()) {
            m_truncated = true;
            v.complete = false;
            return v;
        }
        const char c = peek();
        if (c == '{')
            return parseObject(depth, v.line);
        if (c == '[')
            return parseArray(depth, v.line);
        if (atStringStart()) {
            v.type = JsonValue::Type::String;
            v.complete = parseString(v.text);
            return v;
        }
        if (isNumberStart(c) && !(c == '-' && startsWith("-Infinity"))) {
            parseNumber(v);
            return v;
        }
        if (isIdentStart(c) || c == '-') {
            parseWord(v);
            return v;
        }
        // Something that cannot start a value: take the rest of the line as text.
        note(RepStrayChar, Severity::Warning,
             QStringLiteral("skipped characters that are not JSON"));
        v.type = JsonValue::Type::Null;
        advance();
        return v;
    }

    JsonValue parseObject(int depth, int line)
    {
        JsonValue obj;
        obj.type = JsonValue::Type::Object;
        obj.line = line;
        advance(); // '{'
        bool expectKey = true;
        for (;;) {
            skipSpace();
            if (m_fatal)
                return obj;
            if (atEnd()) {
                m_truncated = true;
                obj.complete = false;
                return obj;
            }
            const char c = peek();
            if (c == '}') {
                advance();
                return obj;
            }
            if (c == ',') {
                advance();
                skipSpace();
                if (peek() == '}' || peek() == ',')
                    note(RepTrailingComma, Severity::Info,
                         QStringLiteral("removed trailing commas from the JSON"));
                expectKey = true;
                continue;
            }
            if (c == ']') {
                // A mismatched bracket: close the object here and let the caller go on.
                note(RepStrayChar, Severity::Warning,
                     QStringLiteral("skipped characters that are not JSON"));
                advance();
                return obj;
            }
            if (!expectKey)
                note(RepMissingComma, Severity::Info,
                     QStringLiteral("inserted missing commas in the JSON"));
            std::string key;
            if (atStringStart()) {
                if (!parseString(key)) {
                    obj.complete = false;
                    return obj;
                }
            } else if (isIdentStart(c)) {
                note(RepUnquotedKey, Severity::Info,
                     QStringLiteral("quoted keys that were written without quotes"));
                while (!atEnd() && isIdentChar(peek()))
                    key.push_back(m_s[m_pos++]);
            } else if (isNumberStart(c)) {
                // A page number or footer left between members by text extraction.
                JsonValue junk;
                parseNumber(junk);
                note(RepStrayNumber, Severity::Info,
                     QStringLiteral("ignored stray numbers between JSON members (page numbers?)"));
                continue;
            } else {
                note(RepStrayChar, Severity::Warning,
                     QStringLiteral("skipped characters that are not JSON"));
                advance();
                continue;
            }
            skipSpace();
            if (peek() == ':' || peek() == '=') {
                advance();
            } else if (atEnd()) {
                m_truncated = true;
                obj.complete = false;
                return obj;
            } else {
                note(RepMissingColon, Severity::Warning,
                     QStringLiteral("inserted a missing ':' after a key in the JSON"));
            }
            JsonValue value = parseValue(depth + 1);
            const bool complete = value.complete;
            obj.members.emplace_back(std::move(key), std::move(value));
            if (!complete) {
                obj.complete = false;
                return obj;
            }
            expectKey = false;
        }
    }

    JsonValue parseArray(int depth, int line)
    {
        JsonValue arr;
        arr.type = JsonValue::Type::Array;
        arr.line = line;
        advance(); // '['
        bool expectValue = true;
        for (;;) {
            skipSpace();
            if (m_fatal)
                return arr;
            if (atEnd()) {
                m_truncated = true;
                arr.complete = false;
                return arr;
            }
            const char c = peek();
            if (c == ']') {
                advance();
                return arr;
            }
            if (c == ',') {
                advance();
                skipSpace();
                if (peek() == ']' || peek() == ',')
                    note(RepTrailingComma, Severity::Info,
                         QStringLiteral("removed trailing commas from the JSON"));
                expectValue = true;
                continue;
            }
            if (c == '}') {
                note(RepStrayChar, Severity::Warning,
                     QStringLiteral("skipped characters that are not JSON"));
                advance();
                return arr;
            }
            if (!expectValue)
                note(RepMissingComma, Severity::Info,
                     QStringLiteral("inserted missing commas in the JSON"));
            JsonValue value = parseValue(depth + 1);
            const bool complete = value.complete;
            arr.items.push_back(std::move(value));
            if (!complete) {
                arr.complete = false;
                return arr;
            }
            expectValue = false;
        }
    }

    static void appendUtf8(std::string &out, uint32_t cp)
    {
        if (cp < 0x80) {
            out.push_back(char(cp));
        } else if (cp < 0x800) {
            out.push_back(char(0xC0 | (cp >> 6)));
            out.push_back(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.push_back(char(0xE0 | (cp >> 12)));
            out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(char(0x80 | (cp & 0x3F)));
        } else {
            out.push_back(char(0xF0 | (cp >> 18)));
            out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
            out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(char(0x80 | (cp & 0x3F)));
        }
    }

    bool readHex4(uint32_t &out)
    {
        if (m_pos + 4 > m_s.size())
            return false;
        uint32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = m_s[m_pos + size_t(i)];
            v <<= 4;
            if (h >= '0' && h <= '9')
                v |= uint32_t(h - '0');
            else if (h >= 'a' && h <= 'f')
                v |= uint32_t(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F')
                v |= uint32_t(h - 'A' + 10);
            else
                return false;
        }
        m_pos += 4;
        out = v;
        return true;
    }

    // Does the line starting at pos look like the next JSON member or a closing bracket?
    // Then a string that runs into it lost its closing quote rather than being wrapped.
    bool lineLooksStructural(size_t pos) const
    {
        while (pos < m_s.size() && (m_s[pos] == ' ' || m_s[pos] == '\t' || m_s[pos] == '\r'))
            ++pos;
        if (pos >= m_s.size())
            return false;
        const char c = m_s[pos];
        if (c == '}' || c == ']' || c == '{' || c == '[')
            return true;
        if (c == '"') {
            // Search only this line: a scan to the end of the input at every wrapped line
            // would make a long unterminated string quadratic.
            const size_t nl = m_s.find('\n', pos + 1);
            const std::string_view line = m_s.substr(pos + 1, nl == std::string_view::npos ? std::string_view::npos : nl - pos - 1);
            const size_t rel = line.find('"');
            if (rel == std::string_view::npos)
                return false;
            size_t q = pos + 1 + rel;
            ++q;
            while (q < m_s.size() && (m_s[q] == ' ' || m_s[q] == '\t'))
                ++q;
            return q < m_s.size() && m_s[q] == ':';
        }
        return false;
    }

    // A line holding only a page number ("12", "Page 3 of 7") inside a wrapped string.
    bool lineIsPageNumber(size_t pos, size_t *next) const
    {
        const size_t nl = m_s.find('\n', pos);
        const size_t end = nl == std::string_view::npos ? m_s.size() : nl;
        std::string_view line = m_s.substr(pos, end - pos);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            line.remove_prefix(1);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
            line.remove_suffix(1);
        if (line.size() > 5 && (line.substr(0, 5) == "Page " || line.substr(0, 5) == "page "))
            line.remove_prefix(5);
        if (line.empty() || line.size() > 12)
            return false;
        for (char ch : line) {
            if (!((ch >= '0' && ch <= '9') || ch == ' ' || ch == 'o' || ch == 'f' || ch == '/'))
                return false;
        }
        if (!(line.front() >= '0' && line.front() <= '9'))
            return false;
        *next = end;
        return true;
    }

    // Reads a string at the current position into out; false when the input ended inside it.
    bool parseString(std::string &out)
    {
        char closeAscii = 0;
        int curly = curlyQuoteAt(m_pos);
        if (curly) {
            note(RepCurlyQuote, Severity::Info,
                 QStringLiteral("replaced curly quotes around JSON strings"));
            m_pos += 3;
        } else {
            closeAscii = m_s[m_pos];
            if (closeAscii == '\'')
                note(RepSingleQuote, Severity::Info,
                     QStringLiteral("replaced single quotes around JSON strings"));
            ++m_pos;
        }
        for (;;) {
            if (atEnd()) {
                m_truncated = true;
                return false;
            }
            const char c = m_s[m_pos];
            if (closeAscii && c == closeAscii) {
                ++m_pos;
                return true;
            }
            if (!closeAscii) {
                const int q = curlyQuoteAt(m_pos);
                // Close on the matching kind; a double curly may also be closed by '"'.
                if (q == curly) {
                    m_pos += 3;
                    return true;
                }
            }
            if (!closeAscii && curly == 2 && c == '"') {
                ++m_pos;
                return true;
            }
            if (c == '\\') {
                ++m_pos;
                if (atEnd()) {
                    m_truncated = true;
                    return false;
                }
                const char e = m_s[m_pos++];
                switch (e) {
                case '"': out.push_back('"'); break;
                case '\\': out.push_back('\\'); break;
                case '/': out.push_back('/'); break;
                case '\'': out.push_back('\''); break;
                case 'b': out.push_back('\b'); break;
                case 'f': out.push_back('\f'); break;
                case 'n': out.push_back('\n'); break;
                case 'r': out.push_back('\r'); break;
                case 't': out.push_back('\t'); break;
                case 'u': {
                    uint32_t cp = 0;
                    if (!readHex4(cp)) {
                        note(RepBadEscape, Severity::Warning,
                             QStringLiteral("kept invalid escape sequences in JSON strings as text"));
                        out += "\\u";
                        break;
                    }
                    if (cp >= 0xD800 && cp <= 0xDBFF && peek() == '\\' && peek(1) == 'u') {
                        const size_t save = m_pos;
                        m_pos += 2;
                        uint32_t lo = 0;
                        if (readHex4(lo) && lo >= 0xDC00 && lo <= 0xDFFF)
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                        else
                            m_pos = save;
                    }
                    if (cp >= 0xD800 && cp <= 0xDFFF)
                        cp = 0xFFFD; // lone surrogate
                    if (cp == 0)
                        cp = 0xFFFD; // no NULs in text we show
                    appendUtf8(out, cp);
                    break;
                }
                case '\n':
                    advance_line_after_escape();
                    break;
                default:
                    note(RepBadEscape, Severity::Warning,
                         QStringLiteral("kept invalid escape sequences in JSON strings as text"));
                    out.push_back(e);
                    break;
                }
                continue;
            }
            if (c == '\n' || c == '\r') {
                // Either the string was hard-wrapped by text extraction, or its closing quote
                // is missing. Look at the next non-blank line to decide.
                size_t p = m_pos;
                int lines = 0;
                for (;;) {
                    while (p < m_s.size() && (m_s[p] == '\n' || m_s[p] == '\r' || m_s[p] == ' ' ||
                                              m_s[p] == '\t' || m_s[p] == '\f')) {
                        if (m_s[p] == '\n')
                            ++lines;
                        ++p;
                    }
                    size_t next = 0;
                    if (p < m_s.size() && lineIsPageNumber(p, &next)) {
                        p = next;
                        continue;
                    }
                    break;
                }
                if (p >= m_s.size()) {
                    m_pos = p;
                    m_lineIndex += lines;
                    m_truncated = true;
                    return false;
                }
                if (lineLooksStructural(p)) {
                    note(RepUnterminatedString, Severity::Warning,
                         QStringLiteral("closed JSON strings that ended without a quote"));
                    // Drop a trailing comma that belonged to the line.
                    while (!out.empty() && (out.back() == ' ' || out.back() == ','))
                        out.pop_back();
                    if (!out.empty() && (out.back() == '"'))
                        out.pop_back();
                    return true;
                }
                note(RepWrappedString, Severity::Info,
                     QStringLiteral("re-joined JSON strings wrapped over several lines"));
                while (!out.empty() && out.back() == ' ')
                    out.pop_back();
                // A word broken with a hyphen at the line end is joined without a space.
                if (out.empty() || out.back() != '-')
                    out.push_back(' ');
                m_pos = p;
                m_lineIndex += lines;
                continue;
            }
            // Copy the run of ordinary bytes up to the next byte that needs a look.
            size_t run = m_pos + 1;
            while (run < m_s.size()) {
                const char r = m_s[run];
                if (r == '\\' || r == '\n' || r == '\r' || r == '"' || r == '\'' || r == '\xE2')
                    break;
                ++run;
            }
            out.append(m_s.data() + m_pos, run - m_pos);
            m_pos = run;
        }
    }

    void advance_line_after_escape() { ++m_lineIndex; }

    void parseNumber(JsonValue &v)
    {
        v.type = JsonValue::Type::Number;
        const size_t start = m_pos;
        if (peek() == '+' || peek() == '-')
            ++m_pos;
        while (!atEnd()) {
            const char c = m_s[m_pos];
            if ((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E')
                ++m_pos;
            else if ((c == '+' || c == '-') && (m_s[m_pos - 1] == 'e' || m_s[m_pos - 1] == 'E'))
                ++m_pos;
            else
                break;
        }
        v.text.assign(m_s.substr(start, m_pos - start));
        std::string_view lit = v.text;
        if (!lit.empty() && lit.front() == '+')
            lit.remove_prefix(1);
        // A number glued to letters ("12abc") is not a number: read the rest as a word.
        if (!atEnd() && isIdentChar(peek())) {
            while (!atEnd() && (isIdentChar(peek()) || peek() == '.'))
                ++m_pos;
            v.type = JsonValue::Type::String;
            v.text.assign(m_s.substr(start, m_pos - start));
            note(RepBareWord, Severity::Info, QStringLiteral("quoted bare words in the JSON"));
            return;
        }
        double d = 0;
        std::string buf(lit);
        if (!buf.empty() && buf.front() == '.')
            buf.insert(buf.begin(), '0');
        if (buf.size() > 1 && buf[0] == '-' && buf[1] == '.')
            buf.insert(buf.begin() + 1, '0');
        const auto res = std::from_chars(buf.data(), buf.data() + buf.size(), d);
        if (res.ec != std::errc() || res.ptr != buf.data() + buf.size() || !std::isfinite(d)) {
            v.numberValid = false;
            v.number = std::numeric_limits<double>::quiet_NaN();
        } else {
            v.number = d;
        }
        if (m_pos == start)
            ++m_pos; // never stall on a lone sign
    }

    void parseWord(JsonValue &v)
    {
        const size_t start = m_pos;
        if (peek() == '-')
            ++m_pos;
        while (!atEnd() && isIdentChar(peek()))
            ++m_pos;
        std::string_view w = m_s.substr(start, m_pos - start);
        if (w == "true" || w == "false") {
            v.type = JsonValue::Type::Bool;
            v.boolean = w == "true";
        } else if (w == "null") {
            v.type = JsonValue::Type::Null;
        } else if (w == "True" || w == "False") {
            note(RepPythonLiteral, Severity::Info,
                 QStringLiteral("replaced Python literals (True, False, None) in the JSON"));
            v.type = JsonValue::Type::Bool;
            v.boolean = w == "True";
        } else if (w == "None" || w == "undefined") {
            note(RepPythonLiteral, Severity::Info,
                 QStringLiteral("replaced Python literals (True, False, None) in the JSON"));
            v.type = JsonValue::Type::Null;
        } else if (w == "NaN" || w == "Infinity" || w == "-Infinity") {
            note(RepNonFinite, Severity::Warning,
                 QStringLiteral("found NaN or Infinity in the JSON"));
            v.type = JsonValue::Type::Number;
            v.numberValid = false;
            v.number = std::numeric_limits<double>::quiet_NaN();
            v.text.assign(w);
        } else {
            // A bare word used as a value ("threat_level": Elevated): take the rest of the
            // word run (letters, spaces, hyphens) as a string.
            while (!atEnd() && (isIdentChar(peek()) || peek() == ' ' || peek() == '-' ||
                                peek() == '.' || peek() == '(' || peek() == ')'))
                ++m_pos;
            std::string_view run = m_s.substr(start, m_pos - start);
            while (!run.empty() && run.back() == ' ')
                run.remove_suffix(1);
            note(RepBareWord, Severity::Info, QStringLiteral("quoted bare words in the JSON"));
            v.type = JsonValue::Type::String;
            v.text.assign(run);
        }
    }

    std::string_view m_s;
    const std::vector<int> &m_lines;
    int m_firstLine = 1;
    size_t m_pos = 0;
    int m_lineIndex = 0;
    bool m_truncated = false;
    bool m_fatal = false;
    QString m_fatalMessage;
    bool m_reported[RepCount] = {};
    QList<Diagnostic> m_diags;
};

} // namespace

JsonValue::JsonValue() = default;
JsonValue::~JsonValue() = default;
JsonValue::JsonValue(const JsonValue &) = default;
JsonValue::JsonValue(JsonValue &&) noexcept = default;
JsonValue &JsonValue::operator=(const JsonValue &) = default;
JsonValue &JsonValue::operator=(JsonValue &&) noexcept = default;

const JsonValue *JsonValue::find(std::initializer_list<std::string_view> names) const
{
    if (type != Type::Object)
        return nullptr;
    for (std::string_view name : names) {
        for (const auto &m : members) {
            if (keyMatches(m.first, name))
                return &m.second;
        }
    }
    return nullptr;
}

LenientJsonParser::Result LenientJsonParser::parse(std::string_view text,
                                                   const std::vector<int> &lineNumbers,
                                                   int firstLine)
{
    Parser p(text, lineNumbers, firstLine);
    return p.run();
}

} // namespace atlas
