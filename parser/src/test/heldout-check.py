#!/usr/bin/env python3
"""Checks hand-written expected Bulletin JSON files against their texts.

usage: heldout-check.py [DIR ...]
  DIR holds NAME.txt + NAME.expected.json (default: the held-out set next to this script,
  resources/org/nashra/parser/heldout). Run it on corpus/src/main/resources/org/nashra/corpus too: the development corpus
  must pass, which shows the checker asks no more than the corpus conventions.

For every pair it verifies
  - the text: UTF-8, no BOM, no trailing line break;
  - the JSON: the nashra/1 fields in the corpus key order on every object (`organ` on every
    Organization, `place` on the dateline only), the corpus layout byte for byte, valid enum
    values, ISO dates (YYYY, YYYY-MM, YYYY-MM-DD), times (HH:mm), Hijri dates, durations and
    ISO 3166-1 country codes;
  - every span: two UTF-16 offsets, 0 <= start < end <= length, on word boundaries (only a
    clitic و ف ب ل ك may precede it inside its word), without surrounding blanks;
  - every `text` equals the text at its span (a Group after the preposition ل may restore the
    elided article: span `لجنة`, text `اللجنة`);
  - names, roles, aliases, honorifics, place parts, occasions, reasons, bodies, meeting names and
    the title occur in the text (inside the span, or elsewhere for resolved mentions such as
    `حزبنا` or a shared honorific), again allowing a restored article after ل;
  - dates in text order, each meeting's `when` among the dates (same span);
  - source.length (UTF-16 units) and source.sha256 of the file bytes.
Prints one line per document and exits 1 if any check failed.
"""
import datetime
import hashlib
import json
import os
import re
import sys

ORDER = {
    'bulletin': ['schema', 'kind', 'title', 'issuer', 'dateline', 'meetings', 'greetings', 'resolutions',
                 'acknowledgements', 'elections', 'electionResults', 'commemorations', 'dates', 'source'],
    'person': ['type', 'name', 'alias', 'honorifics', 'role', 'gender', 'span'],
    'organization': ['type', 'name', 'branch', 'organ', 'place', 'span'],
    'group': ['type', 'text', 'span'],
    'place': ['city', 'country', 'countryName', 'region', 'venue', 'inferred', 'text', 'span'],
    'when': ['start', 'end', 'time', 'hijri', 'relative', 'text', 'span'],
    'dateline': ['start', 'end', 'time', 'hijri', 'relative', 'text', 'span', 'place'],
    'meeting': ['type', 'name', 'ordinal', 'session', 'organizer', 'convenedBy', 'when', 'where', 'attendees',
                'delegations', 'absentees', 'topics', 'span'],
    'delegation': ['represents', 'countries', 'text', 'span'],
    'topic': ['text', 'span'],
    'greeting': ['direction', 'form', 'from', 'to', 'occasion', 'text', 'span'],
    'resolution': ['kind', 'actor', 'addressee', 'text', 'span'],
    'acknowledgement': ['kind', 'to', 'reason', 'text', 'span'],
    'election': ['body', 'term', 'elected', 'text', 'span'],
    'electionResult': ['holder', 'seats', 'votes', 'within', 'text', 'span'],
    'commemoration': ['form', 'honoring', 'text', 'span'],
    'source': ['length', 'sha256'],
}
ENUMS = {
    'kind': {'meeting', 'conference', 'statement', 'greeting', 'condolence', 'invitation', 'other'},
    'meeting.type': {'meeting', 'conference', 'congress', 'session', 'seminar', 'assembly', 'event', 'other'},
    'session': {'opening', 'closing', 'extraordinary', 'regular', None},
    'gender': {'male', 'female', None},
    'direction': {'received', 'sent'},
    'form': {'telegram', 'message', 'greeting', 'congratulation', 'condolence', 'wishes', 'other'},
    'resolution': {'decision', 'recommendation', 'demand', 'condemnation', 'call', 'support', 'praise',
                   'emphasis', 'pledge', 'approval', 'other'},
    'acknowledgement': {'thanks', 'praise', 'appreciation'},
    'commemoration': {'minute_of_silence', 'tribute', 'other'},
}
ISO_3166 = set('''AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ
FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT
JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP
MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE
RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VS WF WS YE YT ZA ZM ZW'''.split()) - {'VS'}
DURATION = re.compile(r'P(?=\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?\Z')
TIME = re.compile(r'([01]\d|2[0-3]):[0-5]\d\Z')
WORD = re.compile(r'[\w\u0640\u064B-\u065F\u0670]')
WORD_END = re.compile(r'[\w\u0640\u064B-\u065F\u0670]*\Z')
# what may stand before a span inside the same word: conjunctions and prepositions (ـ after them)
CLITICS = {'', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك', 'بـ', 'لـ', 'وبـ', 'ولـ'}
HIJRI = re.compile(r'(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|30))?)?\Z')


def layout(x, ind=0):
    """The corpus layout: json.dumps(indent=2) with lists of plain values on one line."""
    sp = '  ' * ind
    if isinstance(x, dict):
        if not x:
            return '{}'
        items = [f'{sp}  {json.dumps(k, ensure_ascii=False)}: {layout(v, ind + 1)}' for k, v in x.items()]
        return '{\n' + ',\n'.join(items) + '\n' + sp + '}'
    if isinstance(x, list):
        if not x:
            return '[]'
        if all(not isinstance(v, (dict, list)) for v in x):
            return '[' + ', '.join(json.dumps(v, ensure_ascii=False) for v in x) + ']'
        return '[\n' + ',\n'.join(sp + '  ' + layout(v, ind + 1) for v in x) + '\n' + sp + ']'
    return json.dumps(x, ensure_ascii=False)


def iso_date(s):
    if not isinstance(s, str):
        return False
    try:
        if re.fullmatch(r'\d{4}', s):
            return True
        if re.fullmatch(r'\d{4}-\d{2}', s):
            datetime.date.fromisoformat(s + '-01')
            return True
        if re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            datetime.date.fromisoformat(s)
            return True
    except ValueError:
        return False
    return False


class Checker:
    def __init__(self, name, text):
        self.name = name
        self.text = text
        self.u16 = text.encode('utf-16-le')
        self.n16 = len(self.u16) // 2
        self.errors = []

    def err(self, path, msg):
        self.errors.append(f'{path}: {msg}')

    def at(self, span):
        return self.u16[2 * span[0]:2 * span[1]].decode('utf-16-le')

    def restored(self, value, span=None):
        """`value` is the article-restored form of a mention after the preposition ل.

        ل + الهيئة is written للهيئة (span لهيئة, restored الهيئة); ل + اللجنة is written للجنة,
        the article's lam merging with the word's (span لجنة, restored اللجنة)."""
        if not isinstance(value, str) or not value.startswith('ال'):
            return False
        tails = [value[1:]] + ([value[2:]] if value.startswith('الل') else [])
        if span is not None:
            return self.at(span) in tails and self.before(span) == 'ل'
        for tail in tails:
            i = self.text.find(tail)
            while i >= 0:
                if i > 0 and self.text[i - 1] == 'ل':
                    return True
                i = self.text.find(tail, i + 1)
        return False

    def before(self, span):
        return self.u16[2 * span[0] - 2:2 * span[0]].decode('utf-16-le') if span[0] > 0 else ''

    def keys(self, path, obj, kind):
        if not isinstance(obj, dict):
            self.err(path, f'expected an object ({kind}), got {type(obj).__name__}')
            return False
        if list(obj) != ORDER[kind]:
            self.err(path, f'{kind} keys {list(obj)} != {ORDER[kind]}')
            return False
        return True

    def span(self, path, obj):
        sp = obj.get('span')
        if not (isinstance(sp, list) and len(sp) == 2 and all(type(v) is int for v in sp)
                and 0 <= sp[0] < sp[1] <= self.n16):
            self.err(path, f'bad span {sp!r} (text length {self.n16})')
            return None
        got = self.at(sp)
        if got != got.strip():
            self.err(path, f'span {sp} has surrounding blanks: {got!r}')
        head = self.u16[:2 * sp[0]].decode('utf-16-le')
        prefix = WORD_END.search(head).group(0)
        tail = self.u16[2 * sp[1]:2 * sp[1] + 2].decode('utf-16-le')
        if prefix not in CLITICS or (tail and WORD.match(tail) and WORD.match(got[-1])):
            self.err(path, f'span {sp} cuts a word: {prefix!r}+{got!r}+{tail!r}')
        return sp

    def text_at(self, path, obj, allow_restored=False):
        sp = self.span(path, obj)
        if sp is None:
            return None
        t = obj.get('text')
        got = self.at(sp)
        if t != got and not (allow_restored and self.restored(t, sp)):
            self.err(path, f'text {t!r} != text at span {got!r}')
        return sp

    def occurs(self, path, field, value, span=None, nullable=True):
        """A value cut from the text: inside the span, or elsewhere (resolved), or article-restored."""
        if value is None:
            if not nullable:
                self.err(path, f'{field} is null')
            return
        if not isinstance(value, str) or not value.strip():
            self.err(path, f'{field} {value!r} is not a non-empty string')
            return
        if value != value.strip():
            self.err(path, f'{field} {value!r} has surrounding blanks')
        if span is not None and value in self.at(span):
            return
        if value in self.text or self.restored(value):
            return
        self.err(path, f'{field} {value!r} does not occur in the text')

    def enum(self, path, field, value, allowed):
        if value not in allowed:
            self.err(path, f'{field} {value!r} not in {sorted(a for a in allowed if a)}')

    # --- value types -------------------------------------------------------------------
    def party(self, path, p, nullable=True):
        if p is None:
            if not nullable:
                self.err(path, 'party is null')
            return
        if not isinstance(p, dict):
            self.err(path, 'party is not an object')
            return
        t = p.get('type')
        if t == 'person':
            if not self.keys(path, p, 'person'):
                return
            sp = self.span(path, p)
            if sp is None:
                return
            if not (p['name'] or p['alias'] or p['role']):
                self.err(path, 'person without name, alias or role')
            for f in ('name', 'alias', 'role'):
                self.occurs(path, f, p[f], sp)
            if not isinstance(p['honorifics'], list):
                self.err(path, 'honorifics is not a list')
            else:
                for h in p['honorifics']:
                    self.occurs(path, 'honorific', h, sp, nullable=False)
            self.enum(path, 'gender', p['gender'], ENUMS['gender'])
        elif t == 'organization':
            if not self.keys(path, p, 'organization'):
                return
            sp = self.span(path, p)
            if sp is None:
                return
            self.occurs(path, 'name', p['name'], sp, nullable=False)
            for f in ('branch', 'organ'):
                self.occurs(path, f, p[f], sp)
            if p['place'] is not None:
                self.place(path + '.place', p['place'])
        elif t == 'group':
            if self.keys(path, p, 'group'):
                self.text_at(path, p, allow_restored=True)
        else:
            self.err(path, f'unknown party type {t!r}')

    def place(self, path, pl, nullable=True):
        if pl is None:
            if not nullable:
                self.err(path, 'place is null')
            return
        if not self.keys(path, pl, 'place'):
            return
        sp = self.text_at(path, pl)
        for f in ('city', 'countryName', 'region', 'venue'):
            self.occurs(path, f, pl[f], sp)
        if pl['country'] is not None and pl['country'] not in ISO_3166:
            self.err(path, f'country {pl["country"]!r} is not ISO 3166-1 alpha-2')
        if pl['countryName'] is not None and pl['country'] is None:
            self.err(path, 'countryName without country')
        if type(pl['inferred']) is not bool:
            self.err(path, 'inferred is not a boolean')

    def when(self, path, w, dateline=False):
        if w is None:
            return
        if not self.keys(path, w, 'dateline' if dateline else 'when'):
            return
        self.text_at(path, w)
        for f in ('start', 'end'):
            if w[f] is not None and not iso_date(w[f]):
                self.err(path, f'{f} {w[f]!r} is not an ISO date')
        if w['start'] is None and (w['end'] or w['time'] or w['hijri']) and not dateline:
            self.err(path, 'end/time/hijri without start')
        if w['start'] and w['end'] and w['end'] < w['start']:
            self.err(path, 'end before start')
        if w['time'] is not None and not (isinstance(w['time'], str) and TIME.match(w['time'])):
            self.err(path, f'time {w["time"]!r} is not HH:mm')
        if w['hijri'] is not None and not (isinstance(w['hijri'], str) and HIJRI.match(w['hijri'])):
            self.err(path, f'hijri {w["hijri"]!r} is not YYYY[-MM[-DD]]')
        if type(w['relative']) is not bool:
            self.err(path, 'relative is not a boolean')
        if dateline:
            self.place(path + '.place', w['place'])

    def items(self, path, lst):
        if not isinstance(lst, list):
            self.err(path, 'not a list')
            return []
        return list(enumerate(lst))

    def meeting(self, path, m):
        if not self.keys(path, m, 'meeting'):
            return
        self.span(path, m)
        self.enum(path, 'type', m['type'], ENUMS['meeting.type'])
        self.enum(path, 'session', m['session'], ENUMS['session'])
        self.occurs(path, 'name', m['name'])
        if m['ordinal'] is not None and (type(m['ordinal']) is not int or m['ordinal'] < 1):
            self.err(path, f'ordinal {m["ordinal"]!r}')
        self.party(path + '.organizer', m['organizer'])
        self.party(path + '.convenedBy', m['convenedBy'])
        self.when(path + '.when', m['when'])
        self.place(path + '.where', m['where'])
        for i, p in self.items(path + '.attendees', m['attendees']):
            self.party(f'{path}.attendees[{i}]', p, nullable=False)
        for f in ('delegations', 'absentees'):
            for i, dl in self.items(f'{path}.{f}', m[f]):
                q = f'{path}.{f}[{i}]'
                if self.keys(q, dl, 'delegation'):
                    self.text_at(q, dl)
                    self.party(q + '.represents', dl['represents'])
                    for c in dl['countries'] if isinstance(dl['countries'], list) else ['?']:
                        if c not in ISO_3166:
                            self.err(q, f'country {c!r} is not ISO 3166-1 alpha-2')
        for i, t in self.items(path + '.topics', m['topics']):
            if self.keys(f'{path}.topics[{i}]', t, 'topic'):
                self.text_at(f'{path}.topics[{i}]', t)

    def bulletin(self, b, raw):
        if not self.keys('bulletin', b, 'bulletin'):
            return
        if b['schema'] != 'nashra/1':
            self.err('schema', repr(b['schema']))
        self.enum('bulletin', 'kind', b['kind'], ENUMS['kind'])
        self.occurs('bulletin', 'title', b['title'])
        self.party('issuer', b['issuer'])
        self.when('dateline', b['dateline'], dateline=True)
        for i, m in self.items('meetings', b['meetings']):
            self.meeting(f'meetings[{i}]', m)
        for i, g in self.items('greetings', b['greetings']):
            q = f'greetings[{i}]'
            if self.keys(q, g, 'greeting'):
                self.text_at(q, g)
                self.enum(q, 'direction', g['direction'], ENUMS['direction'])
                self.enum(q, 'form', g['form'], ENUMS['form'])
                self.party(q + '.from', g['from'])
                self.party(q + '.to', g['to'])
                self.occurs(q, 'occasion', g['occasion'])
        for i, r in self.items('resolutions', b['resolutions']):
            q = f'resolutions[{i}]'
            if self.keys(q, r, 'resolution'):
                self.text_at(q, r)
                self.enum(q, 'kind', r['kind'], ENUMS['resolution'])
                self.party(q + '.actor', r['actor'])
                self.party(q + '.addressee', r['addressee'])
        for i, a in self.items('acknowledgements', b['acknowledgements']):
            q = f'acknowledgements[{i}]'
            if self.keys(q, a, 'acknowledgement'):
                self.text_at(q, a)
                self.enum(q, 'kind', a['kind'], ENUMS['acknowledgement'])
                for j, p in self.items(q + '.to', a['to']):
                    self.party(f'{q}.to[{j}]', p, nullable=False)
                self.occurs(q, 'reason', a['reason'])
        for i, e in self.items('elections', b['elections']):
            q = f'elections[{i}]'
            if self.keys(q, e, 'election'):
                self.text_at(q, e)
                self.occurs(q, 'body', e['body'], nullable=False)
                if e['term'] is not None and not (isinstance(e['term'], str) and DURATION.match(e['term'])):
                    self.err(q, f'term {e["term"]!r} is not an ISO duration')
                for j, p in self.items(q + '.elected', e['elected']):
                    self.party(f'{q}.elected[{j}]', p, nullable=False)
        for i, r in self.items('electionResults', b['electionResults']):
            q = f'electionResults[{i}]'
            if self.keys(q, r, 'electionResult'):
                self.text_at(q, r)
                self.party(q + '.holder', r['holder'], nullable=False)
                self.party(q + '.within', r['within'])
                for f in ('seats', 'votes'):
                    if r[f] is not None and (type(r[f]) is not int or r[f] < 0):
                        self.err(q, f'{f} {r[f]!r}')
        for i, c in self.items('commemorations', b['commemorations']):
            q = f'commemorations[{i}]'
            if self.keys(q, c, 'commemoration'):
                self.text_at(q, c)
                self.enum(q, 'form', c['form'], ENUMS['commemoration'])
                self.occurs(q, 'honoring', c['honoring'], nullable=False)
        starts = []
        for i, w in self.items('dates', b['dates']):
            self.when(f'dates[{i}]', w)
            if isinstance(w, dict) and isinstance(w.get('span'), list):
                starts.append(w['span'])
        if starts != sorted(starts):
            self.err('dates', 'not in text order')
        for i, m in self.items('meetings', b['meetings']):
            w = m.get('when') if isinstance(m, dict) else None
            if w and w.get('span') not in starts:
                self.err(f'meetings[{i}].when', f'span {w.get("span")} is not among the dates')
        src = b['source']
        if self.keys('source', src, 'source'):
            if src['length'] != self.n16:
                self.err('source', f'length {src["length"]} != {self.n16}')
            if src['sha256'] != hashlib.sha256(raw).hexdigest():
                self.err('source', 'sha256 does not match the text file')


def check_dir(d):
    names = sorted(f[:-len('.expected.json')] for f in os.listdir(d) if f.endswith('.expected.json'))
    failed = 0
    for n in names:
        raw = open(os.path.join(d, n + '.txt'), 'rb').read()
        problems = []
        if raw.startswith(b'\xef\xbb\xbf'):
            problems.append('text: starts with a BOM')
        if raw.endswith((b'\n', b'\r')):
            problems.append('text: ends with a line break')
        try:
            text = raw.decode('utf-8')
        except UnicodeDecodeError as e:
            print(f'{n}: FAIL text is not UTF-8 ({e})')
            failed += 1
            continue
        jpath = os.path.join(d, n + '.expected.json')
        jtext = open(jpath, encoding='utf-8').read()
        try:
            b = json.loads(jtext)
        except ValueError as e:
            print(f'{n}: FAIL JSON does not parse ({e})')
            failed += 1
            continue
        if layout(b) + '\n' != jtext:
            problems.append('json: not in the corpus layout (two-space indent, short lists on one line, final newline)')
        c = Checker(n, text)
        c.bulletin(b, raw)
        problems += c.errors
        if problems:
            failed += 1
            print(f'{n}: FAIL')
            for p in problems:
                print('   ', p)
        else:
            print(f'{n}: ok')
    return len(names), failed


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    dirs = sys.argv[1:] or [os.path.join(here, 'resources', 'org', 'nashra', 'parser', 'heldout')]
    total = failed = 0
    for d in dirs:
        n, f = check_dir(d)
        total += n
        failed += f
    print(f'{total - failed}/{total} documents pass')
    sys.exit(1 if failed or not total else 0)


if __name__ == '__main__':
    main()
