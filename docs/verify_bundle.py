"""Verifies an mnledger evidence bundle (docs/evidence-bundle.md) without mnledger: python3 verify_bundle.py DIR|ZIP"""
import base64, hashlib, json, struct, sys, tempfile, zipfile
from datetime import datetime
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey  # pip install cryptography

def leaf_hash(data): return hashlib.sha256(b"\x00" + data).digest()
def node_hash(left, right): return hashlib.sha256(b"\x01" + left + right).digest()

def mth(hashes):  # RFC 9162 §2.1.1: the left subtree holds the largest power of two smaller than n
    if len(hashes) == 0: return hashlib.sha256(b"").digest()
    if len(hashes) == 1: return hashes[0]
    k = 1
    while 2 * k < len(hashes): k *= 2
    return node_hash(mth(hashes[:k]), mth(hashes[k:]))

def inclusion_ok(index, size, leaf, proof, root):  # RFC 9162 §2.1.3.2
    if index >= size: return False
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0: return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn != 0: fn >>= 1; sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1; sn >>= 1
    return sn == 0 and r == root

def signing_input(head):
    ms = round(datetime.fromisoformat(head["timestamp"].replace("Z", "+00:00")).timestamp() * 1000)
    key_id = head["keyId"].encode()
    return (b"mnledger-sth-v1" + struct.pack(">QQ", head["treeSize"], ms) + bytes.fromhex(head["rootHash"])
            + struct.pack(">H", len(key_id)) + key_id)

def records(path):  # events.bin: 8-byte leaf index, 4-byte length, canonical leaf bytes
    data, pos = open(path, "rb").read(), 0
    while pos < len(data):
        index, length = struct.unpack(">QI", data[pos:pos + 12])
        yield index, data[pos + 12:pos + 12 + length]
        pos += 12 + length

def fields(leaf):  # §3: the ten fields of a leaf's canonical bytes (None for an absent one)
    pos, out = 1, []
    for kind in "sssqqsssbb":
        if kind == "q":
            out.append(struct.unpack(">q", leaf[pos:pos + 8])[0]); pos += 8; continue
        (n,) = struct.unpack(">I", leaf[pos:pos + 4]); pos += 4
        if n == 0xFFFFFFFF: out.append(None); continue
        out.append(leaf[pos:pos + n].decode() if kind == "s" else leaf[pos:pos + n]); pos += n
    return out

def instant(text): return datetime.fromisoformat(text.replace("Z", "+00:00"))  # Python 3.11+: any fraction

def in_selection(leaf, m):  # §2.1: the company's (tenant), the subject's, within [from, to)
    _, _, aggregate, _, _, timestamp, _, _, payload, metadata = fields(leaf)
    if metadata is None or json.loads(metadata).get("tenant") != m["companyId"]: return False
    if m.get("subjectId") and aggregate != m["subjectId"] and json.loads(payload).get("subjectId") != m["subjectId"]: return False
    return not ((m.get("from") and instant(timestamp) < instant(m["from"])) or (m.get("to") and instant(timestamp) >= instant(m["to"])))

d = sys.argv[1]
if zipfile.is_zipfile(d): zipfile.ZipFile(d).extractall(t := tempfile.mkdtemp()); d = t
manifest = json.load(open(f"{d}/manifest.json"))
keys = {k["keyId"]: Ed25519PublicKey.from_public_bytes(base64.b64decode(k["publicKey"]))
        for k in json.load(open(f"{d}/public-keys.json"))}  # better: the keys you fetched yourself
heads = json.load(open(f"{d}/heads.json"))
for head in heads:
    keys[head["keyId"]].verify(base64.b64decode(head["signature"]), signing_input(head))  # raises if invalid
anchor = [h for h in heads if h["treeSize"] == manifest["treeSize"]]
assert len({h["rootHash"] for h in anchor}) == 1 and len({(h["treeSize"], h["rootHash"]) for h in heads}) == len({h["treeSize"] for h in heads}), "fork"
if manifest["scope"] == "full":
    hashes = []
    for index, leaf in records(f"{d}/events.bin"):
        assert index == len(hashes), f"the event of leaf {len(hashes)} is missing or out of order"
        hashes.append(leaf_hash(leaf))
    assert len(hashes) == manifest["treeSize"], f"the events end at leaf {len(hashes)}"
    for head in heads:
        assert mth(hashes[:head["treeSize"]]).hex() == head["rootHash"], f"the events do not give the signed root of size {head['treeSize']}"
else:
    proofs = [json.loads(line) for line in open(f"{d}/inclusion.jsonl")]
    for (index, leaf), proof in zip(records(f"{d}/events.bin"), proofs, strict=True):
        assert proof["leafIndex"] == index and proof["treeSize"] == manifest["treeSize"], f"leaf {index}: proof for another leaf or tree"
        assert in_selection(leaf, manifest), f"leaf {index}: not an event of the bundle's company, subject or period"
        assert inclusion_ok(index, manifest["treeSize"], leaf_hash(leaf), [bytes.fromhex(p) for p in proof["proof"]],
                            bytes.fromhex(anchor[0]["rootHash"])), f"leaf {index}: not included"
print(f"verified: {manifest['scope']} bundle{' of subject ' + manifest['subjectId'] if manifest.get('subjectId') else ''}, {manifest['eventCount']} events, tree size {manifest['treeSize']}, root {manifest['rootHash']}")
