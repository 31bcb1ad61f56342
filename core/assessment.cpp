// SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
// SPDX-License-Identifier: MIT
#include "assessment.h"

#include "periodparser.h"

#include <QSet>

#include <cmath>

namespace atlas {

namespace {

QString textOf(const JsonValue *v)
{
    if (!v)
        return {};
    switch (v->type) {
    case JsonValue::Type::String:
    case JsonValue::Type::Number:
        return QString::fromUtf8(v->text.data(), qsizetype(v->text.size())).simplified();
    case JsonValue::Type::Bool:
        return v->boolean ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

// Paragraph text: keeps paragraph breaks, folds other whitespace.
QString bodyOf(const JsonValue *v)
{
    if (!v || v->type != JsonValue::Type::String)
        return textOf(v);
    const QString raw = QString::fromUtf8(v->text.data(), qsizetype(v->text.size()));
    QStringList paras;
    for (const QString &p : raw.split(QStringLiteral("\n\n"))) {
        const QString s = p.simplified();
        if (!s.isEmpty())
            paras << s;
    }
    return paras.join(QStringLiteral("\n\n"));
}

class AssessmentReader
{
public:
    explicit AssessmentReader(Report &report) : m_report(report) {}

    void read(const JsonValue &root, bool truncated)
    {
        const JsonValue *base = &root;
        // Some models wrap the assessment: {"structured_assessment": {...}}.
        if (root.isObject() && !root.find({"hotspots", "threat_level", "features"})) {
            if (const JsonValue *inner =
                    root.find({"structured_assessment", "assessment", "structuredAssessment"}))
                base = inner;
        }
        if (base->isObject())
            readThreat(*base);

        const JsonValue *list = nullptr;
        bool geoJson = false;
        if (base->isArray()) {
            list = base;
        } else if (base->isObject()) {
            list = base->find({"hotspots", "hot_spots", "locations", "points", "places"});
            if (!list) {
                if (const JsonValue *features = base->find({"features"}); features && features->isArray()) {
                    list = features;
                    geoJson = true;
                }
            }
        }
        if (list && !list->isArray()) {
            error(list->line, QStringLiteral("\"hotspots\" is not a list; no hotspots read"));
            list = nullptr;
        }
        int kept = 0;
        bool cut = false;
        if (list) {
            int index = 0;
            for (const JsonValue &item : list->items) {
                ++index;
                if (!item.complete) {
                    cut = true;
                    break;
                }
                const qsizetype firstDiagnostic = m_report.diagnostics.size();
                if (readHotspot(item, index, geoJson)) {
                    ++kept;
                } else {
                    // Warnings given before the hotspot was dropped must not point at it.
                    for (qsizetype d = firstDiagnostic; d < m_report.diagnostics.size(); ++d)
                        m_report.diagnostics[d].hotspotIndex = -1;
                }
            }
            if (!list->complete)
                cut = true;
        }
        if (truncated || cut) {
            const int line = lastLine(root);
            if (list) {
                warning(line, QStringLiteral("the JSON stops before its end (line %1): kept %2 complete "
                                             "hotspot(s); the rest was lost")
                                  .arg(line)
                                  .arg(kept));
            } else {
                warning(line, QStringLiteral("the JSON stops before its end (line %1); no hotspots "
                                             "were read")
                                  .arg(line));
            }
        } else if (!list) {
            warning(root.line, QStringLiteral("the structured assessment has no \"hotspots\" list"));
        }
    }

private:
    static int lastLine(const JsonValue &v)
    {
        int line = v.line;
        if (!v.items.empty())
            line = std::max(line, lastLine(v.items.back()));
        if (!v.members.empty())
            line = std::max(line, lastLine(v.members.back().second));
        return line;
    }

    void add(Severity s, int line, const QString &msg, int hotspot = -1)
    {
        m_report.diagnostics.append({s, line, msg, hotspot});
    }
    void error(int line, const QString &msg) { add(Severity::Error, line, msg); }
    void warning(int line, const QString &msg, int hotspot = -1)
    {
        add(Severity::Warning, line, msg, hotspot);
    }
    // Repairs that recur on every hotspot are reported once per report.
    void infoOnce(int line, const QString &msg)
    {
        if (m_said.contains(msg))
            return;
        m_said.insert(msg);
        add(Severity::Info, line, msg);
    }

    void readThreat(const JsonValue &obj)
    {
        const JsonValue *t = obj.find({"threat_level", "threat", "overall_threat_level",
                                       "overall_threat", "risk_level", "threat_assessment"});
        if (!t || t->isNull())
            return;
        if (t->isObject())
            t = t->find({"level", "value", "word"});
        const QString word = textOf(t);
        if (word.isEmpty())
            return;
        ThreatLevel level = ThreatLevel::fromWord(word);
        if (!level.isKnown()) {
            warning(t->line, QStringLiteral("unknown threat level \"%1\" kept as written").arg(word));
        } else if (level.word.compare(word, Qt::CaseInsensitive) != 0) {
            add(Severity::Info, t->line,
                QStringLiteral("threat level \"%1\" read as %2").arg(word, level.word));
        }
        m_report.threatLevel = level;
    }

    enum class NumberState { Missing, Ok, Bad };

    NumberState number(const JsonValue *v, double &out, QString *raw)
    {
        if (!v || v->isNull())
            return NumberState::Missing;
        if (v->isNumber()) {
            *raw = QString::fromStdString(v->text);
            if (!v->numberValid)
                return NumberState::Bad;
            out = v->number;
            return NumberState::Ok;
        }
        if (v->isString()) {
            QString s = textOf(v);
            *raw = s;
            if (s.isEmpty())
                return NumberState::Missing;
            // "47.9° N", "106.9E": hemisphere letters give the sign.
            double sign = 1;
            const QChar last = s.back().toUpper();
            if (last == QLatin1Char('N') || last == QLatin1Char('E') || last == QLatin1Char('S') ||
                last == QLatin1Char('W')) {
                if (last == QLatin1Char('S') || last == QLatin1Char('W'))
                    sign = -1;
                s.chop(1);
            }
            s.remove(QChar(0x00B0)).remove(QLatin1Char(' '));
            bool ok = false;
            const double d = s.toDouble(&ok);
            if (!ok || !std::isfinite(d))
                return NumberState::Bad;
            infoOnce(v->line, QStringLiteral("read numbers written as strings"));
            out = sign * d;
            return NumberState::Ok;
        }
        *raw = QStringLiteral("(not a number)");
        return NumberState::Bad;
    }

    const JsonValue *aliased(const JsonValue &obj, std::initializer_list<std::string_view> canonical,
                             std::initializer_list<std::string_view> others, const char *name)
    {
        if (const JsonValue *v = obj.find(canonical))
            return v;
        for (std::string_view o : others) {
            if (const JsonValue *v = obj.find({o})) {
                infoOnce(v->line, QStringLiteral("read \"%1\" as \"%2\"")
                                      .arg(QString::fromUtf8(o.data(), qsizetype(o.size())),
                                           QLatin1String(name)));
                return v;
            }
        }
        return nullptr;
    }

    bool readHotspot(const JsonValue &item, int index, bool geoJson)
    {
        const int line = item.line;
        if (!item.isObject()) {
            if (item.isNumber()) {
                infoOnce(line, QStringLiteral("ignored stray numbers in the hotspot list (page numbers?)"));
            } else {
                error(line, QStringLiteral("hotspot #%1 (line %2) is not an object; dropped")
                                .arg(index)
                                .arg(line));
            }
            return false;
        }
        const JsonValue *fields = &item;
        const JsonValue *geometry = nullptr;
        if (geoJson) {
            if (const JsonValue *props = item.find({"properties"}); props && props->isObject())
                fields = props;
            if (const JsonValue *g = item.find({"geometry"}); g && g->isObject())
                geometry = g->find({"coordinates"});
        }

        Hotspot h;
        h.sourceLine = line;
        h.label = textOf(aliased(*fields, {"label"}, {"name", "title", "location", "place", "city", "site"},
                                 "label"));
        h.detail = bodyOf(aliased(*fields, {"detail"},
                                  {"details", "description", "desc", "summary", "note", "notes", "reason"},
                                  "detail"));
        const QString name = h.label.isEmpty() ? QStringLiteral("#%1").arg(index)
                                               : QStringLiteral("\"%1\"").arg(h.label);
        if (h.label.isEmpty()) {
            error(line, QStringLiteral("hotspot #%1 (line %2) has no label; dropped").arg(index).arg(line));
            return false;
        }

        // Position: lat/lng members, or GeoJSON-ordered [lng, lat].
        const JsonValue *latV = aliased(*fields, {"lat"}, {"latitude"}, "lat");
        const JsonValue *lngV = aliased(*fields, {"lng"}, {"lon", "long", "longitude"}, "lng");
        const JsonValue *coords = geometry;
        if (!coords && !latV && !lngV) {
            coords = fields->find({"coordinates", "coords", "coordinate", "position", "geometry", "location"});
            if (coords && coords->isObject()) {
                if (const JsonValue *inner = coords->find({"coordinates"})) {
                    coords = inner;
                } else {
                    latV = coords->find({"lat", "latitude"});
                    lngV = coords->find({"lng", "lon", "long", "longitude"});
                    coords = nullptr;
                }
            }
            if (coords && !coords->isArray())
                coords = nullptr;
        }
        if (coords) {
            if (coords->items.size() < 2) {
                error(line, QStringLiteral("hotspot %1 (line %2): \"coordinates\" needs two numbers; dropped")
                                .arg(name)
                                .arg(line));
                return false;
            }
            infoOnce(coords->line, QStringLiteral("read \"coordinates\" as [longitude, latitude] (GeoJSON order)"));
            lngV = &coords->items[0];
            latV = &coords->items[1];
        }

        double lat = 0, lng = 0;
        QString rawLat, rawLng;
        const NumberState latS = number(latV, lat, &rawLat);
        const NumberState lngS = number(lngV, lng, &rawLng);
        if (latS == NumberState::Bad || lngS == NumberState::Bad) {
            const QString raw = latS == NumberState::Bad ? rawLat : rawLng;
            error(line, QStringLiteral("hotspot %1 (line %2): %3 \"%4\" is not a usable number; dropped")
                            .arg(name)
                            .arg(line)
                            .arg(latS == NumberState::Bad ? QStringLiteral("latitude")
                                                          : QStringLiteral("longitude"),
                                 raw.left(40)));
            return false;
        }
        const int keptIndex = int(m_report.hotspots.size());
        if (latS == NumberState::Ok && lngS == NumberState::Ok) {
            const bool inRange = std::abs(lat) <= 90 && std::abs(lng) <= 180;
            const bool swappedInRange = std::abs(lng) <= 90 && std::abs(lat) <= 180;
            if (!inRange && swappedInRange) {
                std::swap(lat, lng);
                warning(line, QStringLiteral("hotspot %1 (line %2): latitude and longitude were swapped; "
                                             "corrected")
                                  .arg(name)
                                  .arg(line),
                        keptIndex);
            } else if (!inRange) {
                error(line, QStringLiteral("hotspot %1 (line %2): coordinates %3, %4 are out of range; dropped")
                                .arg(name)
                                .arg(line)
                                .arg(rawLat, rawLng));
                return false;
            }
            h.coordinate = QGeoCoordinate(lat, lng);
        } else if (latS == NumberState::Missing && lngS == NumberState::Missing) {
            warning(line, QStringLiteral("hotspot %1 (line %2) has no coordinates; kept unplaced")
                              .arg(name)
                              .arg(line),
                    keptIndex);
        } else {
            warning(line, QStringLiteral("hotspot %1 (line %2) has only a %3; kept unplaced")
                              .arg(name)
                              .arg(line)
                              .arg(latS == NumberState::Ok ? QStringLiteral("latitude")
                                                           : QStringLiteral("longitude")),
                    keptIndex);
        }

        if (!readIntensity(*fields, h, name, keptIndex))
            return false;
        m_report.hotspots.append(h);
        return true;
    }

    bool readIntensity(const JsonValue &fields, Hotspot &h, const QString &name, int keptIndex)
    {
        const int line = h.sourceLine;
        const JsonValue *v = aliased(fields, {"intensity"}, {"severity", "level", "weight", "score", "threat"},
                                     "intensity");
        if (!v || v->isNull()) {
            warning(line, QStringLiteral("hotspot %1 (line %2) has no intensity; assumed 1 (low)")
                              .arg(name)
                              .arg(line),
                    keptIndex);
            h.intensity = 1;
            return true;
        }
        double d = 0;
        bool isNumber = false;
        if (v->isNumber()) {
            isNumber = v->numberValid;
            d = v->number;
        } else if (v->isString()) {
            const QString s = textOf(v);
            bool ok = false;
            d = s.toDouble(&ok);
            if (ok && std::isfinite(d)) {
                isNumber = true;
                infoOnce(v->line, QStringLiteral("read numbers written as strings"));
            } else {
                const QString w = s.toLower();
                static const struct { const char *word; int level; } words[] = {
                    {"low", 1},      {"minor", 1},    {"minimal", 1}, {"limited", 1},
                    {"medium", 2},   {"moderate", 2}, {"med", 2},     {"guarded", 2},
                    {"elevated", 2}, {"high", 3},     {"severe", 3},  {"critical", 3},
                    {"major", 3},    {"extreme", 3},  {"very high", 3},
                };
                for (const auto &e : words) {
                    if (w == QLatin1String(e.word)) {
                        h.intensity = e.level;
                        infoOnce(v->line, QStringLiteral("read intensity words as numbers (low=1, "
                                                         "medium/moderate=2, high=3)"));
                        return true;
                    }
                }
                error(line, QStringLiteral("hotspot %1 (line %2): intensity \"%3\" is not 1-3 or a known "
                                           "word; dropped")
                                .arg(name)
                                .arg(line)
                                .arg(s.left(40)));
                return false;
            }
        }
        if (!isNumber) {
            error(line, QStringLiteral("hotspot %1 (line %2): intensity is not a number; dropped")
                            .arg(name)
                            .arg(line));
            return false;
        }
        const int rounded = int(std::lround(std::clamp(d, -1e6, 1e6)));
        const int clamped = std::clamp(rounded, 1, 3);
        if (clamped != d) {
            warning(line, QStringLiteral("hotspot %1 (line %2): intensity %3 is outside 1-3; used %4")
                              .arg(name)
                              .arg(line)
                              .arg(d)
                              .arg(clamped),
                    keptIndex);
        }
        h.intensity = clamped;
        return true;
    }

    Report &m_report;
    QSet<QString> m_said;
};

} // namespace

void readAssessment(const JsonValue &root, bool truncated, Report &report)
{
    AssessmentReader(report).read(root, truncated);
}

void readJsonReport(const JsonValue &root, bool truncated, Report &report)
{
    if (root.isObject()) {
        report.title = textOf(root.find({"title", "report_title"}));
        report.country = textOf(root.find({"country", "country_name", "nation"}));
        if (const JsonValue *p = root.find({"period", "analysis_period", "reporting_period"})) {
            if (p->isObject()) {
                report.period.start = parseDate(textOf(p->find({"start", "from", "start_date", "begin"})));
                report.period.end = parseDate(textOf(p->find({"end", "to", "end_date", "until"})));
                if (report.period.isValid() && report.period.start > report.period.end)
                    report.period = {};
            } else {
                report.period = parsePeriod(textOf(p));
            }
            if (!report.period.isValid())
                report.diagnostics.append({Severity::Warning, p->line,
                                           QStringLiteral("the period could not be read"), -1});
        } else {
            const QDate s = parseDate(textOf(root.find({"period_start", "start_date", "start"})));
            const QDate e = parseDate(textOf(root.find({"period_end", "end_date", "end"})));
            if (s.isValid() && e.isValid() && s <= e)
                report.period = {s, e};
        }
        report.executiveSummary = bodyOf(root.find({"executive_summary", "summary", "overview"}));
        if (const JsonValue *devs = root.find({"key_developments", "developments", "key_security_developments"});
            devs && devs->isArray()) {
            for (const JsonValue &d : devs->items) {
                Development dev;
                if (d.isObject()) {
                    dev.title = textOf(d.find({"title", "headline", "name", "label"}));
                    dev.body = bodyOf(d.find({"body", "description", "detail", "details", "text", "summary"}));
                } else if (d.isString()) {
                    const QString s = textOf(&d);
                    const int colon = s.indexOf(QLatin1Char(':'));
                    if (colon > 0 && colon < 100) {
                        dev.title = s.left(colon).trimmed();
                        dev.body = s.mid(colon + 1).trimmed();
                    } else {
                        dev.body = s;
                    }
                }
                if (!dev.title.isEmpty() || !dev.body.isEmpty())
                    report.keyDevelopments.append(dev);
            }
        }
        if (const JsonValue *secs = root.find({"sections"})) {
            if (secs->isArray()) {
                for (const JsonValue &s : secs->items) {
                    if (!s.isObject())
                        continue;
                    Section sec{textOf(s.find({"heading", "title", "name"})),
                                bodyOf(s.find({"body", "text", "content"}))};
                    if (!sec.heading.isEmpty() || !sec.body.isEmpty())
                        report.sections.append(sec);
                }
            } else if (secs->isObject()) {
                for (const auto &m : secs->members)
                    report.sections.append({QString::fromStdString(m.first).simplified(), bodyOf(&m.second)});
            }
        }
    }
    readAssessment(root, truncated, report);
}

} // namespace atlas
