# SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
# SPDX-License-Identifier: MIT
# Writes the bundled, fictional sample library (run once; the output is committed).
import json, os, sys, datetime as dt

OUT = sys.argv[1]
WEEKS = [("2026-05-01", "2026-05-08"), ("2026-05-08", "2026-05-15"),
         ("2026-05-15", "2026-05-22"), ("2026-05-22", "2026-05-29")]

def H(label, detail, lat, lng, i):
    return {"label": label, "detail": detail, "lat": lat, "lng": lng, "intensity": i}

C = {}
C["Georgia"] = [
 dict(level="Moderate",
  summary="Georgia's first week of May was dominated by preparations for the Black Sea port tender at Anaklia and a rally in Tbilisi against proposed changes to the broadcasting law. The administrative boundary line with South Ossetia stayed quiet.",
  devs=[("Broadcasting Law Rally", "Around two thousand people marched from Rustaveli Avenue to parliament; the rally ended without arrests."),
        ("Anaklia Tender Timetable", "The transport ministry published the timetable for bids on the first phase of the deep-sea port."),
        ("Border Police Exercise", "Border police ran a search-and-rescue exercise in the Kazbegi area ahead of the summer season.")],
  sections=[("Outlook and Forecast", "Short-term trends (1-3 months): further rallies are likely when the broadcasting bill reaches its second reading.\n\nIndicators to monitor: size of rallies outside parliament; any detentions along the boundary line.")],
  hotspots=[H("Tbilisi", "Rally against the broadcasting bill outside parliament.", 41.7151, 44.8271, 2),
            H("Anaklia", "Tender timetable published for the deep-sea port.", 42.3906, 41.5669, 1),
            H("Stepantsminda (Kazbegi)", "Border police search-and-rescue exercise.", 42.6570, 44.6433, 1)]),
 dict(level="Elevated",
  summary="Two residents of Ditsi were detained near the administrative boundary line, the first such case this year, and opposition parties announced a joint march for the end of the month. Transit through the Upper Lars checkpoint hit a seasonal high.",
  devs=[("Detentions near Ditsi", "Two residents collecting firewood were detained by boundary guards; the EU monitoring mission confirmed the incident and called the hotline."),
        ("Upper Lars Queues", "Lorry queues at the Upper Lars crossing reached eleven kilometres after a landslide closed one lane."),
        ("Opposition March Announced", "Four opposition parties agreed on a joint march in Tbilisi on 26 May.")],
  sections=[("Geopolitical Impact and Regional Dynamics", "The detentions come as talks in the Geneva format remain suspended, leaving the hotline as the only working channel."),
            ("Outlook and Forecast", "Critical flashpoints and risk areas: the boundary line near Ditsi and Khurvaleti during the hay harvest.")],
  hotspots=[H("Ditsi (administrative boundary line)", "Two residents detained by boundary guards.", 42.2286, 43.9914, 3),
            H("Upper Lars checkpoint", "Eleven-kilometre lorry queue after a landslide.", 42.7417, 44.6306, 2),
            H("Tbilisi", "Opposition parties announced a joint march.", 41.7151, 44.8271, 1)]),
 dict(level="Elevated",
  summary="The detained residents of Ditsi were released after six days. In Batumi, police dispersed an unauthorised rally at the seaport, and a cyber incident disrupted the online services of a regional hospital in Kutaisi.",
  devs=[("Release of Detainees", "Both residents detained near Ditsi were released after a payment the de facto authorities called a fine."),
        ("Batumi Port Rally", "Dock workers protesting over pay blocked the port gate for four hours; nine people were detained."),
        ("Hospital Ransomware", "A ransomware attack took the booking system of a Kutaisi hospital offline for two days.")],
  sections=[("Military and Defense Analysis", "The defence ministry confirmed that a multinational staff exercise will be held at the Vaziani training area in June."),
            ("Outlook and Forecast", "Indicators to monitor: claims by ransomware groups naming Georgian institutions.")],
  hotspots=[H("Batumi seaport", "Dock workers blocked the port gate; nine detained.", 41.6480, 41.6420, 2),
            H("Kutaisi", "Ransomware attack on a hospital booking system.", 42.2679, 42.6946, 2),
            H("Ditsi (administrative boundary line)", "Detained residents released after six days.", 42.2286, 43.9914, 1)]),
 dict(level="High",
  summary="The joint opposition march brought the largest crowd in Tbilisi this year; police used water cannon after a group tried to enter the parliament courtyard. A new boundary sign was placed near Khurvaleti.",
  devs=[("Tbilisi March", "Tens of thousands marched on Rustaveli Avenue; water cannon were used once late at night and 31 people were detained."),
        ("Boundary Sign near Khurvaleti", "A new boundary sign was placed some 300 metres inside territory controlled by Tbilisi, according to the interior ministry."),
        ("Poti Free Zone Fire", "A warehouse fire in the Poti free industrial zone was put out after nine hours; no injuries.")],
  sections=[("Outlook and Forecast", "Short-term trends (1-3 months): the protest movement is likely to hold weekly marches; the risk of further use of force is high.\n\nStrategic recommendations: follow the statements of the EU monitoring mission on the Khurvaleti sign.")],
  hotspots=[H("Tbilisi (Rustaveli Avenue)", "Largest march this year; water cannon, 31 detained.", 41.6977, 44.7992, 3),
            H("Khurvaleti (administrative boundary line)", "New boundary sign placed inside territory controlled by Tbilisi.", 42.0167, 43.9500, 3),
            H("Poti", "Warehouse fire in the free industrial zone.", 42.1462, 41.6719, 1)]),
]
C["Armenia"] = [
 dict(level="Moderate",
  summary="Armenia held a new round of border delimitation talks and reported calm along the line of contact in Syunik. A wildfire near Jermuk was brought under control.",
  devs=[("Delimitation Commission", "The commissions met in the Tavush section and agreed on four more boundary points."),
        ("Calm in Syunik", "The defence ministry reported no shooting incidents along the border in Syunik for the third week."),
        ("Jermuk Wildfire", "Rescue services and volunteers contained a forest fire on the slopes above Jermuk.")],
  sections=[("Outlook and Forecast", "Short-term trends (1-3 months): further delimitation rounds are expected in the northern section.")],
  hotspots=[H("Tavush Province (northern border)", "Delimitation commissions agreed on four boundary points.", 40.9500, 45.1500, 2),
            H("Jermuk", "Forest fire contained above the town.", 39.8411, 45.6711, 1),
            H("Kapan (Syunik)", "No shooting incidents reported along the border.", 39.2076, 46.4057, 1)]),
 dict(level="Moderate",
  summary="Yerevan hosted a regional transport conference on the north-south corridor while farmers in Tavush protested against the handover of pasture land near the new boundary.",
  devs=[("Transport Conference", "Ministers from four countries discussed rail links through Syunik and the Meghri crossing."),
        ("Tavush Farmers' Protest", "About 300 farmers blocked the road near Kirants for a day over pasture land on the boundary."),
        ("Gyumri Base Exercise", "The foreign military base in Gyumri held a scheduled night exercise that residents reported as loud gunfire.")],
  sections=[("Geopolitical Impact and Regional Dynamics", "The conference points to rising interest in transit through southern Armenia."),
            ("Outlook and Forecast", "Indicators to monitor: renewed road blocks in Tavush.")],
  hotspots=[H("Kirants (Tavush)", "Farmers blocked the road over pasture land.", 41.0597, 45.1058, 2),
            H("Yerevan", "Regional transport conference.", 40.1792, 44.4991, 1),
            H("Gyumri", "Night exercise at the foreign military base.", 40.7942, 43.8453, 1),
            H("Meghri crossing", "Discussed as part of the north-south corridor.", 38.9031, 46.2442, 1)]),
 dict(level="Elevated",
  summary="A shooting incident near Sotk injured one Armenian soldier; both sides accused each other. Protest organisers in Yerevan announced rallies against the delimitation process.",
  devs=[("Sotk Shooting", "One contract soldier was wounded by small-arms fire near the Sotk gold mine; the other side denied firing first."),
        ("Delimitation Rallies", "A new civic movement announced daily rallies on Republic Square."),
        ("Metsamor Inspection", "International inspectors completed a scheduled safety review of the Metsamor nuclear power plant.")],
  sections=[("Military and Defense Analysis", "The Sotk incident is the first casualty on the eastern border since February."),
            ("Outlook and Forecast", "Critical flashpoints and risk areas: the Sotk and Jermuk sections of the border.")],
  hotspots=[H("Sotk", "Soldier wounded by small-arms fire near the gold mine.", 40.2181, 45.9481, 3),
            H("Yerevan (Republic Square)", "Daily rallies against the delimitation announced.", 40.1777, 44.5126, 2),
            H("Metsamor", "Scheduled nuclear safety review completed.", 40.1469, 44.1489, 1)]),
 dict(level="Guarded",
  summary="Armenia continued delimitation talks after the Sotk incident and reopened the Goris road section closed by a rockslide. Rallies in Yerevan drew smaller crowds.",
  devs=[("Talks Resumed", "The commissions met again and issued a joint statement on preventing incidents."),
        ("Goris Road Reopened", "The interstate road near Goris reopened after a rockslide closed it for three days."),
        ("Smaller Rallies", "Attendance at the daily rallies in Yerevan fell to a few hundred people.")],
  sections=[("Outlook and Forecast", "Short-term trends (1-3 months): a lower tempo of incidents is likely while talks continue.")],
  hotspots=[H("Goris", "Interstate road reopened after a rockslide.", 39.5111, 46.3386, 1),
            H("Sotk", "Joint statement on preventing incidents after the shooting.", 40.2181, 45.9481, 2),
            H("Yerevan", "Rallies against the delimitation shrank.", 40.1792, 44.4991, 1)]),
]
C["Azerbaijan"] = [
 dict(level="Moderate",
  summary="Azerbaijan expanded demining around Fuzuli and hosted a Caspian energy exhibition in Baku. A mine incident near Lachin injured a road worker.",
  devs=[("Demining near Fuzuli", "Teams cleared 900 hectares of farmland north of Fuzuli during the week."),
        ("Lachin Mine Incident", "A road worker was injured by an anti-personnel mine during roadside clearing."),
        ("Caspian Energy Exhibition", "Baku hosted the annual exhibition with delegations from 30 countries.")],
  sections=[("Outlook and Forecast", "Indicators to monitor: mine incidents on newly reopened roads.")],
  hotspots=[H("Fuzuli District", "Demining of 900 hectares of farmland.", 39.6000, 47.1461, 1),
            H("Lachin", "Road worker injured by a mine.", 39.6389, 46.5469, 2),
            H("Baku", "Caspian energy exhibition.", 40.4093, 49.8671, 1)]),
 dict(level="Moderate",
  summary="Security services reported the arrest of a smuggling group in Astara and a large counter-terrorism drill in Ganja. Returns of displaced families to Shusha continued.",
  devs=[("Astara Smuggling Arrests", "Eleven people were arrested for smuggling drugs across the southern border near Astara."),
        ("Ganja Drill", "Police and the emergencies ministry held a counter-terrorism drill at the Ganja railway station."),
        ("Returns to Shusha", "Another 40 families moved into new housing in Shusha.")],
  sections=[("Outlook and Forecast", "Short-term trends (1-3 months): further smuggling cases on the southern border are likely.")],
  hotspots=[H("Astara", "Smuggling group of eleven arrested at the southern border.", 38.4561, 48.8747, 2),
            H("Ganja", "Counter-terrorism drill at the railway station.", 40.6828, 46.3606, 1),
            H("Shusha", "Forty displaced families returned.", 39.7583, 46.7486, 1)]),
 dict(level="High", messy=True,
  summary="The shooting near the eastern border with Armenia dominated the week; Azerbaijan said its positions near Kalbajar came under fire first. In Sumgait, an explosion at a chemical plant killed two workers.",
  devs=[("Border Shooting", "The defence ministry said its positions in the Kalbajar direction came under fire and returned it."),
        ("Sumgait Plant Explosion", "An explosion at a chemical plant killed two workers; prosecutors opened a negligence case."),
        ("Nakhchivan Exercise", "Troops held a live-fire exercise in Nakhchivan with a neighbouring army.")],
  sections=[],
  hotspots=[H("Kalbajar direction (eastern border)", "Positions reported under fire; fire returned.", "40.10", "46.04", "high"),
            H("Sumgait", "Chemical plant explosion killed two workers.", "40.5897", "49.6686", "medium"),
            H("Nakhchivan", "Live-fire exercise with a neighbouring army.", 39.2089, 45.4122, 1)]),
 dict(level="Moderate",
  summary="The eastern border was calm after last week's shooting. Demining resumed near Aghdam and Baku announced new ferry schedules across the Caspian to Aktau.",
  devs=[("Calm on the Border", "No new incidents were reported after the joint statement on preventing incidents."),
        ("Aghdam Demining", "Demining resumed on the roads into Aghdam after a pause for the holiday."),
        ("Ferry to Aktau", "New ferry schedules from the Alat port to Aktau double weekly crossings.")],
  sections=[("Outlook and Forecast", "Indicators to monitor: further statements from the border commissions.")],
  hotspots=[H("Aghdam District", "Demining resumed on access roads.", 39.9900, 46.9300, 2),
            H("Alat port", "Ferry crossings to Aktau doubled.", 39.9500, 49.4000, 1),
            H("Kalbajar direction (eastern border)", "Calm after last week's shooting.", 40.1000, 46.0400, 1)]),
]
C["Mongolia"] = [
 dict(level="Guarded",
  summary="Mongolia's week was quiet: the Khaan Quest peacekeeping exercise was announced for June, coal exports through Gashuunsukhait recovered after a dust storm, and Ulaanbaatar reported a fall in winter air pollution cases.",
  devs=[("Khaan Quest Announced", "The armed forces announced the dates of the Khaan Quest multinational peacekeeping exercise at the Five Hills training area."),
        ("Coal Exports Recover", "Lorry traffic through the Gashuunsukhait crossing returned to normal after a two-day dust storm."),
        ("Air Pollution Figures", "Ulaanbaatar's health department reported a fall in respiratory cases after the heating season.")],
  sections=[("Outlook and Forecast", "Short-term trends (1-3 months): the exercise season will bring foreign troops to the Five Hills area.")],
  hotspots=[H("Five Hills Training Area", "Venue of the Khaan Quest exercise announced for June.", 47.7900, 106.3500, 1),
            H("Gashuunsukhait border crossing", "Coal lorry traffic recovered after a dust storm.", 42.9500, 105.9500, 1),
            H("Ulaanbaatar", "Fall in air-pollution related respiratory cases.", 47.9188, 106.9176, 1)]),
 dict(level="Moderate",
  summary="A phishing campaign against ministries in Ulaanbaatar and a strike at the Erdenet copper mine raised concern. Herders in Dornod reported a large wildfire that crossed from the steppe east of Choibalsan.",
  devs=[("Phishing Campaign", "The national CERT warned of emails impersonating the foreign ministry sent to staff of several ministries."),
        ("Erdenet Strike", "Mine workers stopped work for two shifts over a pay dispute."),
        ("Dornod Wildfire", "A steppe fire burned about 30,000 hectares east of Choibalsan before being contained.")],
  sections=[("Geopolitical Impact and Regional Dynamics", "The phishing campaign follows reports of state-linked espionage against Mongolian institutions earlier in the year."),
            ("Outlook and Forecast", "Indicators to monitor: further CERT advisories; wage talks at Erdenet.")],
  hotspots=[H("Ulaanbaatar", "Phishing campaign against several ministries.", 47.9188, 106.9176, 2),
            H("Erdenet", "Two-shift strike at the copper mine.", 49.0333, 104.0833, 2),
            H("Choibalsan (Dornod)", "Steppe fire of about 30,000 hectares.", 48.0706, 114.5000, 2)]),
 dict(level="Moderate",
  summary="The Erdenet pay dispute was settled. Customs at Zamyn-Uud seized a record shipment of counterfeit medicines, and the Khaan Quest advance teams arrived.",
  devs=[("Erdenet Agreement", "Management and the union agreed on a wage rise of eight percent; work resumed."),
        ("Zamyn-Uud Seizure", "Customs seized four tonnes of counterfeit medicines hidden in a freight train."),
        ("Advance Teams Arrive", "Advance teams from twelve countries arrived for Khaan Quest.")],
  sections=[("Military and Defense Analysis", "Khaan Quest remains the main vehicle for interoperability with partner armies."),
            ("Outlook and Forecast", "Short-term trends (1-3 months): customs cases at Zamyn-Uud are likely to rise with summer traffic.")],
  hotspots=[H("Zamyn-Uud", "Four tonnes of counterfeit medicines seized.", 43.7167, 111.9000, 2),
            H("Erdenet", "Pay dispute settled, work resumed.", 49.0333, 104.0833, 1),
            H("Five Hills Training Area", "Advance teams from twelve countries arrived.", 47.7900, 106.3500, 1)]),
 dict(level="Elevated",
  summary="A data breach at a state registration agency exposed records of citizens, and an overnight rally in Ulaanbaatar over the breach ended with arrests. The Khaan Quest exercise opened at Five Hills.",
  devs=[("Registry Data Breach", "Records of citizens were offered for sale on a criminal forum; the agency confirmed a breach of a supplier's server."),
        ("Rally on Sukhbaatar Square", "Several hundred people rallied overnight demanding resignations; police detained 14."),
        ("Khaan Quest Opens", "The exercise opened with troops from more than twenty countries.")],
  sections=[("Outlook and Forecast", "Critical flashpoints and risk areas: follow-up rallies in Ulaanbaatar; fraud using the leaked records.\n\nIndicators to monitor: CERT advisories; resignations at the agency.")],
  hotspots=[H("Ulaanbaatar (Sukhbaatar Square)", "Overnight rally over the data breach; 14 detained.", 47.9186, 106.9176, 3),
            H("Five Hills Training Area", "Khaan Quest opened.", 47.7900, 106.3500, 1),
            H("Darkhan", "Local branch of the registration agency closed after the breach.", 49.4867, 105.9228, 1)]),
]
C["Kazakhstan"] = [
 dict(level="Guarded",
  summary="Kazakhstan opened a new rail terminal at the Khorgos dry port and held a cyber exercise for banks in Almaty. Spring floods in the west receded.",
  devs=[("Khorgos Terminal", "A new container terminal at the Khorgos dry port raises capacity by a fifth."),
        ("Bank Cyber Exercise", "The financial regulator ran a cyber exercise with twenty banks in Almaty."),
        ("Floods Recede", "The Ural river fell below the danger mark at Uralsk; evacuated residents returned.")],
  sections=[("Outlook and Forecast", "Short-term trends (1-3 months): transit volumes through Khorgos are likely to keep rising.")],
  hotspots=[H("Khorgos dry port", "New container terminal opened.", 44.2167, 80.4167, 1),
            H("Almaty", "Cyber exercise for twenty banks.", 43.2220, 76.8512, 1),
            H("Uralsk", "River level below the danger mark; residents returned.", 51.2333, 51.3667, 1)]),
 dict(level="Moderate",
  summary="Oil workers in Zhanaozen held a sit-in over pay, and a gas leak closed a road near the Tengiz field for a day. Astana hosted a regional counter-narcotics meeting.",
  devs=[("Zhanaozen Sit-in", "About 400 oil service workers held a sit-in outside the town administration over a pay cut."),
        ("Tengiz Gas Leak", "A minor gas leak at a pipeline valve closed the access road for a day; no injuries."),
        ("Counter-narcotics Meeting", "Central Asian agencies agreed in Astana to share data on synthetic drugs.")],
  sections=[("Geopolitical Impact and Regional Dynamics", "Labour protests in Mangystau have a record of escalating quickly."),
            ("Outlook and Forecast", "Indicators to monitor: spread of the sit-in to Aktau.")],
  hotspots=[H("Zhanaozen", "Sit-in by about 400 oil service workers.", 43.3431, 52.8619, 3),
            H("Tengiz field", "Gas leak closed the access road for a day.", 46.1500, 53.3833, 2),
            H("Astana", "Regional counter-narcotics meeting.", 51.1694, 71.4491, 1)]),
 dict(level="Elevated", html=True,
  summary="The Zhanaozen sit-in spread to Aktau, where workers marched to the regional administration. A fake news item that circulated with HTML markup, <b>bold</b> claims and an embedded <img src=http://example.com/x.png> picture claimed a curfew in Aktau; officials denied it.",
  devs=[("Aktau March", "Workers marched from the port to the regional administration; the talks that followed ended without agreement."),
        ("Fake Curfew Message", "Messages read: <b>CURFEW FROM 20:00</b> <img src=http://example.com/x.png> <a href=\"http://example.com/curfew\">details</a> <script>alert(1)</script>. The regional administration called the message false."),
        ("Baikonur Launch", "A scheduled launch from Baikonur put a communications satellite into orbit.")],
  sections=[("Outlook and Forecast", "Indicators to monitor: talks between the oil service companies and the workers; further <i>fake</i> messages about curfews.")],
  hotspots=[H("Aktau", "March to the regional administration; a <b>fake</b> curfew message <img src=http://example.com/x.png> circulated.", 43.6500, 51.1700, 3),
            H("Zhanaozen", "Sit-in continued for a second week.", 43.3431, 52.8619, 2),
            H("Baikonur", "Scheduled satellite launch.", 45.6167, 63.3167, 1)]),
 dict(level="Moderate",
  summary="An agreement on pay ended the Mangystau protests. Kazakhstan hosted a security conference in Astana, and border guards on the Caspian detained a fishing boat near Atyrau.",
  devs=[("Pay Agreement", "The oil service companies agreed to restore the previous pay scale; the sit-in ended."),
        ("Astana Security Conference", "Delegations from 25 countries discussed Afghanistan and transit security."),
        ("Boat Detained near Atyrau", "Border guards detained a boat fishing sturgeon illegally at the Ural estuary.")],
  sections=[("Outlook and Forecast", "Short-term trends (1-3 months): labour calm is likely while the agreement holds.")],
  hotspots=[H("Aktau", "Pay agreement ended the protests.", 43.6500, 51.1700, 1),
            H("Astana", "Security conference with 25 delegations.", 51.1694, 71.4491, 1),
            H("Atyrau", "Boat fishing sturgeon detained at the Ural estuary.", 47.1167, 51.8833, 2)]),
]

def long_date(s):
    d = dt.date.fromisoformat(s)
    return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")

def short_range(a, b):
    da, db = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    if da.month == db.month:
        return f"{da.day}–{db.day} {db.strftime('%B %Y')}"
    return f"{da.day} {da.strftime('%B')} – {db.day} {db.strftime('%B %Y')}"

def assessment(level, hotspots, indent=2):
    return json.dumps({"threat_level": level, "hotspots": hotspots}, indent=indent, ensure_ascii=False)

def markdown(country, week, r):
    a, b = week
    out = [f"# {country.upper()} SECURITY ANALYSIS REPORT", "", "*AI-Assisted Open Source Intelligence Assessment*", "",
           f"**Analysis Period:** {long_date(a)} - {long_date(b)}", "",
           "*Fictional sample written for Hotspot Atlas; not a real assessment.*", "",
           "## Executive Summary", "", r["summary"], "", "## Key Security Developments", ""]
    for t, body in r["devs"]:
        out.append(f"- **{t}**: {body}")
    out.append("")
    for h, body in r["sections"]:
        out += [f"## {h}", "", body, ""]
    out += ["## Structured Assessment", "", "```json", assessment(r["level"], r["hotspots"]), "```", ""]
    return "\n".join(out)

def messy_markdown(country, week, r):
    a, b = week
    hs = []
    for h in r["hotspots"]:
        hs.append("    {" + f"\"label\": \"{h['label']}\", \"detail\": \"{h['detail']}\", "
                  + (f"\"lat\": \"{h['lat']}\", \"lon\": \"{h['lng']}\"" if isinstance(h["lat"], str)
                     else f"\"latitude\": {h['lat']}, \"longitude\": {h['lng']}")
                  + (f", \"intensity\": \"{h['intensity']}\"" if isinstance(h["intensity"], str)
                     else f", \"intensity\": {h['intensity']}") + ",},")
    out = [f"# {country.upper()} SECURITY ANALYSIS REPORT", "", f"Analysis Period: {short_range(a, b)}", "",
           "_Fictional sample written for Hotspot Atlas; the assessment block below was left as the model wrote it._", "",
           "## Executive Summary", "", r["summary"], "", "## Key Security Developments", ""]
    for t, body in r["devs"]:
        out.append(f"- **{t}**: {body}")
    out += ["", "## Structured Assessment", "", "```json", "{",
            "  /* produced by the assessment model */",
            f"  \"threat_level\": \"{r['level'].lower()}\",", "  \"hotspots\": ["] + hs + ["  ],", "}", "```", ""]
    return "\n".join(out)

def pdf_text(country, week, r):
    a, b = week
    out = ["", "", "", "", f"{country.upper()} SECURITY ANALYSIS REPORT", "", "AI-Assisted Open Source Intelligence Assessment", "",
           f"Analysis Period: {long_date(a)} - {long_date(b)}", "",
           "Fictional sample written for Hotspot Atlas. It reads like text extracted from a PDF and is not a real assessment.", "",
           "Executive Summary", "", r["summary"], "", "Key Security Developments", ""]
    for t, body in r["devs"]:
        out += [f"- {t}", "", body, ""]
    for h, body in r["sections"]:
        out += [h, "", body, ""]
    out += ["Structured Assessment", "", "```json"]
    # Extracted PDF text breaks the block into lines with blank lines between them.
    for line in assessment(r["level"], r["hotspots"]).splitlines():
        out += [line.strip(), ""]
    out += ["```", ""]
    return "\n".join(out)

def bare_json(country, week, r):
    a, b = week
    doc = {"title": f"{country.upper()} SECURITY ANALYSIS REPORT", "country": country,
           "period": {"start": a, "end": b},
           "executive_summary": r["summary"],
           "key_developments": [{"title": t, "body": body} for t, body in r["devs"]],
           "sections": [{"heading": h, "body": body} for h, body in r["sections"]],
           "threat_level": r["level"], "hotspots": r["hotspots"],
           "note": "Fictional sample written for Hotspot Atlas; not a real assessment."}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"

os.makedirs(OUT, exist_ok=True)
for country, reports in C.items():
    for week, r in zip(WEEKS, reports):
        stem = f"{country.lower()}-{week[1]}"
        if r.get("messy"):
            name, text = stem + "-messy.md", messy_markdown(country, week, r)
        elif country == "Armenia":
            name, text = stem + ".json", bare_json(country, week, r)
        elif country == "Mongolia":
            name, text = stem + ".txt", pdf_text(country, week, r)
        elif country == "Georgia" and week == WEEKS[1]:
            name, text = stem + ".txt", pdf_text(country, week, r)
        else:
            name, text = stem + ".md", markdown(country, week, r)
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write(text)
        print(name)
