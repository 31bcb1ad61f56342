// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "reportjson.h"

#include <nlohmann/json.hpp>

namespace atlas {

namespace {

using Json = nlohmann::ordered_json;

std::string s(const QString &q)
{
    return q.toStdString();
}

Json toJson(const Report &r)
{
    Json j;
    j["source"] = s(r.source);
    j["format"] = s(formatName(r.format));
    j["title"] = s(r.title);
    j["country"] = s(r.country);
    if (r.period.isValid())
        j["period"] = {{"start", s(r.period.start.toString(Qt::ISODate))},
                       {"end", s(r.period.end.toString(Qt::ISODate))}};
    else
        j["period"] = nullptr;
    if (r.threatLevel) {
        j["threat_level"] = s(r.threatLevel->word);
        j["threat_ordinal"] = r.threatLevel->isKnown() ? Json(r.threatLevel->ordinal) : Json(nullptr);
    } else {
        j["threat_level"] = nullptr;
        j["threat_ordinal"] = nullptr;
    }
    j["executive_summary"] = s(r.executiveSummary);
    Json devs = Json::array();
    for (const Development &d : r.keyDevelopments)
        devs.push_back({{"title", s(d.title)}, {"body", s(d.body)}});
    j["key_developments"] = devs;
    Json secs = Json::array();
    for (const Section &sec : r.sections)
        secs.push_back({{"heading", s(sec.heading)}, {"body", s(sec.body)}});
    j["sections"] = secs;
    Json hs = Json::array();
    for (const Hotspot &h : r.hotspots) {
        Json o;
        o["label"] = s(h.label);
        o["detail"] = s(h.detail);
        if (h.isPlaced()) {
            o["lat"] = h.coordinate.latitude();
            o["lng"] = h.coordinate.longitude();
        } else {
            o["lat"] = nullptr;
            o["lng"] = nullptr;
        }
        o["intensity"] = h.intensity;
        o["line"] = h.sourceLine;
        hs.push_back(std::move(o));
    }
    j["hotspots"] = hs;
    Json diags = Json::array();
    for (const Diagnostic &d : r.diagnostics) {
        Json o;
        o["severity"] = s(severityName(d.severity));
        o["line"] = d.line > 0 ? Json(d.line) : Json(nullptr);
        o["message"] = s(d.message);
        diags.push_back(std::move(o));
    }
    j["diagnostics"] = diags;
    return j;
}

QByteArray dump(const Json &j, int indent)
{
    // Replace invalid UTF-8 rather than throw: report text is untrusted.
    const std::string out = j.dump(indent, ' ', false, Json::error_handler_t::replace);
    return QByteArray(out.data(), qsizetype(out.size()));
}

} // namespace

QByteArray reportToJson(const Report &report, int indent)
{
    return dump(toJson(report), indent);
}

QByteArray reportsToJson(const QList<Report> &reports, int indent)
{
    Json arr = Json::array();
    for (const Report &r : reports)
        arr.push_back(toJson(r));
    return dump(arr, indent);
}

} // namespace atlas
