// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace atlas {

// A JSON value as read by LenientJsonParser: plain data plus where it came from.
struct JsonValue
{
    enum class Type { Null, Bool, Number, String, Array, Object };

    // Out of line: the members hold JsonValue, which is incomplete inside its own class.
    JsonValue();
    ~JsonValue();
    JsonValue(const JsonValue &);
    JsonValue(JsonValue &&) noexcept;
    JsonValue &operator=(const JsonValue &);
    JsonValue &operator=(JsonValue &&) noexcept;

    Type type = Type::Null;
    bool boolean = false;
    double number = 0;
    bool numberValid = true; // false for NaN, Infinity or out-of-range literals such as 1e400
    bool complete = true;    // false when the input ended inside this value
    int line = 0;            // 1-based source line where the value starts
    std::string text;        // string contents, or the literal of a number
    std::vector<JsonValue> items;
    std::vector<std::pair<std::string, JsonValue>> members;

    bool isObject() const { return type == Type::Object; }
    bool isArray() const { return type == Type::Array; }
    bool isString() const { return type == Type::String; }
    bool isNumber() const { return type == Type::Number; }
    bool isNull() const { return type == Type::Null; }
    // First member whose key matches one of the names, ignoring case and '_', '-', ' '.
    const JsonValue *find(std::initializer_list<std::string_view> names) const;
};

// Reads JSON as a language model writes it and repairs what it can: comments, trailing and
// missing commas, single and curly quotes, unquoted keys and words, Python literals, strings
// wrapped over lines, stray page numbers, and input that stops mid-way. Each kind of repair
// is reported once, with the line of its first occurrence.
class LenientJsonParser
{
public:
    static constexpr int maxDepth = 256;

    struct Result
    {
        JsonValue root;
        bool found = false;     // a value was read (possibly incomplete)
        bool truncated = false; // the input ended inside the value
        size_t end = 0;         // offset just past the value
        QString fatal;          // set when nothing usable could be read (e.g. nesting too deep)
        QList<Diagnostic> diagnostics;
    };

    // lineNumbers maps the n-th line of text (0-based) to its line in the original source;
    // when empty, lines are counted from firstLine.
    static Result parse(std::string_view text, const std::vector<int> &lineNumbers = {},
                        int firstLine = 1);
};

} // namespace atlas
