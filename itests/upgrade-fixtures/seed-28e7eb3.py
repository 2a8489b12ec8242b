#!/usr/bin/env python3
"""Writes the data of the upgrade fixture `28e7eb3` through that version's own REST API, and records what the
platform answered (expected.json): persons, enrolments, plans with their revisions. Run against a platform built
from commit 28e7eb3 (core + treatment plan, schema: core V1, treatment plan V3):

    seed-28e7eb3.py <base-url> <credentials-file> <expected.json>

The credentials file has lines "<user> <role> <password>" (run-demo.sh's DEMO-CREDENTIALS.txt)."""
import base64
import datetime
import json
import sys
import urllib.error
import urllib.request

base, credentials, out = sys.argv[1], sys.argv[2], sys.argv[3]
passwords = {line.split()[0]: line.split()[2] for line in open(credentials) if line.strip()}


def call(user, method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:{passwords[user]}".encode()).decode())
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request) as response:
            text = response.read().decode()
            return response.status, (json.loads(text) if text else None)
    except urllib.error.HTTPError as e:
        raise SystemExit(f"{method} {path}: {e.code} {e.read().decode()}")


def personnummer(birth, serial):
    nine = birth.strftime("%y%m%d") + f"{serial:03d}"
    total = 0
    for i, c in enumerate(nine):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return birth.strftime("%Y%m%d") + "-" + f"{serial:03d}" + str((10 - total % 10) % 10)


persons = []
for n in range(24):
    number = personnummer(datetime.date(1960, 1, 1) + datetime.timedelta(days=97 * n), 200 + n)
    _, p = call("anna", "POST", "/api/persons", {"identityNumber": number, "givenName": f"Uppgradering{n}",
                                                   "familyName": "Fixtursson"})
    persons.append(p)
    call("bo", "POST", "/api/persons/lookup", {"identityNumber": number})  # an audited look-up
_, anonymous = call("bo", "POST", "/api/persons/anonymous", {})

enrolments = []
for n, p in enumerate(persons[:12]):
    _, e = call("anna", "POST", "/api/treatment-plan/enrolments", {"personRef": p["id"], "programmeId": "kbt-12",
                                                                   "legalBasis": "SOL"})
    enrolments.append(e)
_, e = call("bo", "POST", "/api/treatment-plan/enrolments", {"personRef": anonymous["code"], "programmeId": "kbt-12",
                                                             "legalBasis": "SOL"})
enrolments.append(e)
granted_to = (datetime.date.today() + datetime.timedelta(days=200)).isoformat()
call("anna", "POST", f"/api/treatment-plan/enrolments/{enrolments[0]['id']}/extensions", {"grantedTo": granted_to})
call("bo", "POST", f"/api/treatment-plan/enrolments/{enrolments[1]['id']}/aftercare", {})
call("bo", "POST", f"/api/treatment-plan/enrolments/{enrolments[2]['id']}/end", {"reason": "COMPLETED"})
call("elin", "POST", f"/api/treatment-plan/enrolments/{enrolments[8]['id']}/admission", {})

plans = []
for n, p in enumerate(persons[:8]):
    _, plan = call("bo", "POST", "/api/treatment-plan/plans", {"personRef": p["id"], "programmeId": "kbt-12",
                                                                "goals": ["Drogfrihet", f"Eget boende {n}"]})
    for r in range(n % 3):
        _, plan = call("bo", "PUT", f"/api/treatment-plan/plans/{plan['id']}", {
            "version": plan["version"], "summary": f"Revidering {r + 1}",
            "content": {"startSituation": f"Start {n}", "longTermGoals": ["Drogfrihet"],
                        "subGoals": [f"Delm\u00e5l {r}"],
                        "activities": [{"what": "Samtal", "who": "bo", "when": "Varje vecka", "how": "KBT",
                                        "goal": "Drogfrihet"}],
                        "frameGoals": {"abstinence": "Ja", "reflection": "Dagbok", "relations": "Familj"},
                        "specialNeeds": [], "retentionPlan": "Kontakt vid fr\u00e5nvaro",
                        "relapsePlan": "Ring behandlaren", "reentry": {"housing": "Tr\u00e4ningsl\u00e4genhet",
                                                                        "occupation": "Praktik",
                                                                        "network": "Anh\u00f6riga"}}})
    if n % 3 and n % 2 == 0:  # approval needs content: a plan revised at least once
        _, plan = call("bo", "POST", f"/api/treatment-plan/plans/{plan['id']}/approval",
                       {"approvedOn": datetime.date.today().isoformat()})
    plans.append(plan)

expected = {
    "persons": [call("anna", "GET", f"/api/persons/{p['id']}")[1] for p in persons],
    "enrolments": [call("anna", "GET", f"/api/treatment-plan/enrolments/{e['id']}")[1] for e in enrolments],
    "plans": [dict(call("anna", "GET", f"/api/treatment-plan/plans/{p['id']}")[1],
                   revisions=len(call("anna", "GET", f"/api/treatment-plan/plans/{p['id']}/revisions")[1]))
              for p in plans],
    "audit": call("lena", "GET", "/api/audit/verify")[1],
}
json.dump(expected, open(out, "w"), indent=1, ensure_ascii=False)
print(f"{len(persons)} persons, {len(enrolments)} enrolments, {len(plans)} plans; audit {expected['audit']}")
