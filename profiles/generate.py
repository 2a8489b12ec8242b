#!/usr/bin/env python3
"""Municipality profiles (Karaf features kommun-<name>) from the survey's menus as data.

Reads docs/survey-extraction/municipalities.json (the survey "Vad finns på menyn?", Västmanland, and the Danish
example from seeds 002/003) and writes one feature per municipality into the block between the GENERATED PROFILES
markers of features/src/main/feature/feature.xml. A profile is configuration only: the municipality, its offerings
list, and one configuration per service on its menu. Nothing in a profile is code; a municipality that is not in
the survey is added by writing the same kind of feature by hand (see the README, "Municipality profiles").

Each service of the survey becomes:
  - a programme of the treatment plan when a programme template runs it (12-step primary treatment, Olivia's
    day treatment in phases, the Danish day treatment),
  - a group programme of support groups when a group template runs it (Dropp, BIG, Linus, Anhörigprogram, ...),
  - a kind of housing support (Boendestöd, Härbärge, Kategoriboende, Träningsboende, ...),
  - a kind of employment support (Sysselsättningsstöd, ...),
  - otherwise a plain menu entry (AA, NA, network work, talks, drug tests, user dialogue, purchased places, ...),
always with the survey's row, columns, anonymous mark, description template, provider and capacity.

Usage: profiles/generate.py           rewrite the block in feature.xml and the feature list in features/pom.xml
       profiles/generate.py --check   exit 1 if either file is not what the data gives (run by run-tests.sh)
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "docs/survey-extraction/municipalities.json"
FEATURES = ROOT / "features/src/main/feature/feature.xml"
FEATURES_POM = ROOT / "features/pom.xml"
BEGIN = "<!-- BEGIN GENERATED PROFILES (profiles/generate.py; do not edit by hand) -->"
END = "<!-- END GENERATED PROFILES -->"
POM_BEGIN = "<!-- BEGIN GENERATED PROFILE LIST -->"
POM_END = "<!-- END GENERATED PROFILE LIST -->"

SWEDISH_COUNTY = "Västmanlands län"
# Heby belonged to Västmanland (1917) when the survey was made and is 0331 in Uppsala county since 2007
# (INTEROP.md). Its platform carries today's code; the county overview of Västmanland reads it as the survey did.
CODES = {"Heby": ("0331", "Uppsala län")}

SUPPORT_GROUP_TEMPLATES = [  # (pattern in the service's name, group template)
    (r"\bdropp\b", "dropp"), (r"\bbig\b", "big"), (r"\blinus\b", "linus"), (r"anhörigprogram", "anhorigprogram-7v"),
    (r"anhöriggrupp", "anhoriggrupp"), (r"parsamtal", "parsamtal"), (r"\bcapt\b", "capt"), (r"\btapp\b", "tapp"),
]
HOUSING_KINDS = [  # (pattern, kind of housing support)
    (r"härbärge", "SHELTER"), (r"kategoriboende", "CATEGORY_HOUSING"), (r"träningsboende", "TRAINING_FLAT"),
    (r"utslussboende", "EXIT_FLAT"), (r"stödboende|behandlingsboende|markörgatan", "SUPPORTED_HOUSING"),
    (r"hemlöshet", "SOCIAL_CONTRACT"), (r"boendestöd|rutten|stödsamtal", "HOME_SUPPORT"),
]


def slug(text):
    text = text.lower().replace("æ", "ae").replace("ø", "o")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:40].rstrip("-") or "tjanst"


def escape(value):
    """A value for a .cfg line inside the features XML: ISO-8859-1 safe (\\u escapes), XML escaped."""
    value = " ".join(str(value).split())
    out = []
    for ch in value:
        if ch == "\\":
            out.append("\\\\")
        elif ord(ch) > 126:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return "".join(out).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def provider(service):
    provision, partner = service["provision"], service.get("partnerOrSupplier") or ""
    if provision == "OWN":
        return "OWN", ""
    if provision == "JOINT":
        return ("PARTNER_MUNICIPALITY" if "kommun" in partner.lower() else "OTHER_ORGANISATION"), partner
    if provision == "PURCHASED":
        return "PURCHASED", partner
    # Independent organisations active in the municipality (AA, NA, RIA/Hela Människan, the region's Lotsen).
    return "OTHER_ORGANISATION", partner or service["name"]


def module_of(service):
    """(offering, config factory PID, extra properties) for the module that runs the service, or None."""
    name, hint = service["name"].lower(), service["moduleHint"]
    if "12-steg" in service.get("methods", []) and name.startswith("primärbehandling"):
        return "treatment-plan", "se.kommunmeny.treatmentplan.programme", {"template": "tolvsteg-16-24"}
    if "olivia" in name:
        return "treatment-plan", "se.kommunmeny.treatmentplan.programme", {"template": "olivia-faser"}
    if name.startswith("dagbehandling") and service.get("_country") == "DK":
        return "treatment-plan", "se.kommunmeny.treatmentplan.programme", {
            "template": "dagbehandling-dk",
            # The Danish guideline 2.8.4: text messages, letters, fetching the citizen, home, street.
            "outreach": "SMS:24, LETTER:48, HOME_VISIT:72, STREET:96, CASE_OFFICER:120"}
    if hint in ("support-groups", "purchasing") and service["provision"] != "PURCHASED":
        for pattern, template in SUPPORT_GROUP_TEMPLATES:
            if re.search(pattern, name):
                return "support-groups", "se.kommunmeny.supportgroups.programme", {"template": template}
    if hint == "housing-support":
        for pattern, kind in HOUSING_KINDS:
            if re.search(pattern, name):
                return "housing-support", "se.kommunmeny.housing.kind", {"kind": kind}
    if hint == "employment-support":
        return "employment-support", "se.kommunmeny.employment.kind", {"kind": "WORK_TRAINING"}
    return None


def service_config(service, sid):
    """(offering or None, config name, ordered properties) of one service."""
    kind, provider_name = provider(service)
    d = service["description"]
    module = module_of(service)
    props = {"id": sid, "name": service["name"]}
    if module:
        offering, pid, extra = module
        props.update(extra)
    else:
        offering, pid = None, "se.kommunmeny.menu.entry"
    props["type"] = service["row"]
    props["targetGroups"] = ", ".join(service["columns"])
    props["anonymous"] = "true" if service["anonymous"] else "false"
    if service["anonymous"]:
        props["decisionRequired"] = "false"
    for key, field in (("need", "need"), ("offer", "offer"), ("content", "content"),
                       ("targetGroupText", "targetGroup"), ("scope", "scope"), ("staff", "staff"),
                       ("since", "since")):
        if d.get(field):
            props[key] = d[field]
    props["providerKind"] = kind
    if provider_name:
        props["providerName"] = provider_name
    capacity = service.get("capacity")
    if capacity is not None:
        if offering == "housing-support":
            props["caseload" if props["kind"] == "HOME_SUPPORT" else "places"] = str(capacity)
        elif offering in (None, "treatment-plan"):
            props["capacity"] = str(capacity)
        # Support groups and employment support count places from their cohorts and work places.
    if service.get("methods"):
        props["methods"] = ", ".join(service["methods"])
    return offering, pid + "-" + sid, props


def profile(name, code, county, country, district, services, note, offerings_comment, short=None):
    feature = "kommun-" + slug((short or name) + ("-" + district if district else ""))
    used, configs, ids = set(), [], set()
    for service in services:
        sid = slug(service["name"])
        base, n = sid, 2
        while sid in ids:
            sid, n = "%s-%d" % (base, n), n + 1
        ids.add(sid)
        offering, config_name, props = service_config(service, sid)
        if offering:
            used.add(offering)
        configs.append((config_name, props, service.get("source", "")))
    title = name + (", " + district if district else "")
    lines = ['    <feature name="%s" version="${project.version}"' % feature,
             '             description="%s (%s): %s">' % (escape_attr(title), code, escape_attr(note)),
             "        <feature>kommunmeny-core</feature>",
             '        <config name="se.kommunmeny.kommun">']
    for key, value in (("code", code), ("name", name), ("county", county), ("country", country),
                       ("district", district or "")):
        if value:
            lines.append("            %s = %s" % (key, escape(value)))
    lines.append("        </config>")
    lines.append('        <config name="se.kommunmeny.offerings">')
    lines.append("            # %s" % escape(offerings_comment))
    lines.append("            offerings = %s" % ", ".join(sorted(used)))
    lines.append("        </config>")
    for config_name, props, source in configs:
        lines.append('        <config name="%s">' % config_name)
        if source:
            lines.append("            # %s" % escape(source)[:200])
        for key, value in props.items():
            lines.append("            %s = %s" % (key, escape(value)))
        lines.append("        </config>")
    lines.append("    </feature>")
    return feature, "\n".join(lines)


def county_profile():
    """The county's own instance: the county administrative board reading the municipalities' menus."""
    return "\n".join([
        '    <feature name="lan-vastmanland" version="${project.version}"',
        '             description="L\u00e4nsstyrelsen i V\u00e4stmanlands l\u00e4n: the county overview of the '
        'municipalities\' menus">',
        "        <feature>kommunmeny-core</feature>",
        '        <config name="se.kommunmeny.kommun">',
        "            code = 19",
        "            name = %s" % escape("Länsstyrelsen i Västmanlands län"),
        "            county = %s" % escape(SWEDISH_COUNTY),
        "            country = SE",
        "        </config>",
        '        <config name="se.kommunmeny.offerings">',
        "            # The county instance runs the overview; each municipality platform it reads is configured in",
        "            # etc/se.kommunmeny.regionaloverview.platform-&lt;name&gt;.cfg (url, user, password, label).",
        "            offerings = regional-overview",
        "        </config>",
        "    </feature>"])


def escape_attr(text):
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


def generate():
    data = json.loads(DATA.read_text(encoding="utf-8"))
    features, blocks = [], []
    comment = ("The offerings this municipality runs; each name is installed as kommunmeny-<name>, and a name "
               "taken off the list is uninstalled again (its data stays).")
    for m in data["municipalities"]:
        code, county = CODES.get(m["name"], (m["code"], SWEDISH_COUNTY))
        for s in m["services"]:
            s["_country"] = "SE"
        note = "the menu of the survey Vad finns p\u00e5 menyn? (V\u00e4stmanland)"
        feature, block = profile(m["name"], code, county, "SE", m.get("district"), m["services"], note, comment)
        features.append(feature)
        blocks.append(block)
    dk = data["danish"]
    for s in dk["services"]:
        s["_country"] = "DK"
    name = dk["municipality"]["name"]
    feature, block = profile(name, dk["municipality"]["code"], "Region Hovedstaden", "DK", None, dk["services"],
                             "a Danish menu from seeds 002 and 003 (Sct. Ols; the guideline's outreach rule 2.8.4)",
                             comment, short=dk["municipality"]["name"].split()[0].rstrip("s"))
    features.append(feature)
    blocks.append(block)
    blocks.append(county_profile())
    features.append("lan-vastmanland")
    body = "\n\n".join(blocks)
    return features, "    %s\n%s\n    %s" % (BEGIN, body, END)


def replace_block(text, begin, end, new_block, indent):
    pattern = re.compile(r"[ \t]*" + re.escape(begin) + r".*?" + re.escape(end), re.S)
    if pattern.search(text):
        return pattern.sub(lambda _: new_block, text)
    raise SystemExit("markers %s ... %s not found" % (begin, end))


def main():
    features, block = generate()
    xml = FEATURES.read_text(encoding="utf-8")
    new_xml = replace_block(xml, BEGIN, END, block, "    ")
    pom = FEATURES_POM.read_text(encoding="utf-8")
    pom_block = "                %s\n%s\n                %s" % (
        POM_BEGIN, "\n".join("                <feature>%s</feature>" % f for f in features), POM_END)
    new_pom = replace_block(pom, POM_BEGIN, POM_END, pom_block, "                ")
    if "--check" in sys.argv:
        stale = [str(p.relative_to(ROOT)) for p, old, new in ((FEATURES, xml, new_xml), (FEATURES_POM, pom, new_pom))
                 if old != new]
        if stale:
            print("profiles out of date in %s: run profiles/generate.py" % ", ".join(stale), file=sys.stderr)
            sys.exit(1)
        print("profiles up to date (%d)" % len(features))
        return
    FEATURES.write_text(new_xml, encoding="utf-8")
    FEATURES_POM.write_text(new_pom, encoding="utf-8")
    print("wrote %d profiles: %s" % (len(features), ", ".join(features)))


if __name__ == "__main__":
    main()
