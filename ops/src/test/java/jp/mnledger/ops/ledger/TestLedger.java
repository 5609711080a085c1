package jp.mnledger.ops.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.mnledger.kernel.ledger.LedgerLeaf;
import jp.mnledger.kernel.ledger.LedgerPublicKeyResponse;
import jp.mnledger.kernel.ledger.MerkleTree;
import jp.mnledger.kernel.ledger.SignedTreeHead;
import jp.mnledger.ops.ledger.bundle.EventCursor;
import jp.mnledger.ops.ledger.bundle.LeafHashCursor;
import jp.mnledger.ops.ledger.bundle.LedgerData;

/**
 * A ledger in memory for the bundle and verifier tests: events of two companies with ciphertext-like payloads,
 * signed heads at chosen sizes, and the key to forge more (a fork, a rollback) with.
 */
public final class TestLedger implements LedgerData {

    public static final String COMPANY_A = "company-a";
    public static final String COMPANY_B = "company-b";

    private final List<LedgerLeaf> leaves = new ArrayList<>();
    private final List<byte[]> encoded = new ArrayList<>();
    private final MerkleTree tree = new MerkleTree();
    private final List<SignedTreeHead> heads = new ArrayList<>();
    private final byte[] privateKey = Ed25519.generatePrivateKey();
    private final byte[] publicKey = Ed25519.publicKey(privateKey);
    private final String keyId = Ed25519.keyId(publicKey);
    private Instant clock = Instant.parse("2026-11-26T09:00:00Z");

    /** {@code count} events; every third one is of company B, the rest of company A. */
    public TestLedger(int count) {
        for (int i = 0; i < count; i++) {
            append(i % 3 == 2 ? COMPANY_B : COMPANY_A);
        }
    }

    public LedgerLeaf append(String company) {
        int i = leaves.size();
        String id = UUID.nameUUIDFromBytes(("event-" + i).getBytes(StandardCharsets.UTF_8)).toString();
        byte[] payload = ("{\"subjectId\":\"s-" + (i / 4) + "\",\"myNumber\":{\"ciphertext\":\""
                + Base64.getEncoder().encodeToString(("sealed-" + i).getBytes(StandardCharsets.UTF_8)) + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] metadata = ("{\"actor\":\"u-1\",\"tenant\":\"" + company + "\",\"time\":\"2026-11-26T09:00:00Z\"}")
                .getBytes(StandardCharsets.UTF_8);
        LedgerLeaf leaf = new LedgerLeaf(id, i % 5 == 4 ? null : "Subject", "s-" + (i / 4), i % 4, 1000 + i,
                "2026-11-26T09:00:" + String.format("%02d", i % 60) + "Z", "jp.mnledger.kernel.subject.MyNumberAcquiredEvent",
                "1", payload, metadata);
        leaves.add(leaf);
        byte[] bytes = leaf.encode();
        encoded.add(bytes);
        tree.append(leaf.leafHash());
        return leaf;
    }

    /** Signs a head over the first {@code size} leaves. */
    public SignedTreeHead signHead(long size) {
        SignedTreeHead head = forgeHead(size, tree.root(size));
        heads.add(head);
        return head;
    }

    /** A validly signed head over any root (what a misbehaving server could sign). */
    public SignedTreeHead forgeHead(long size, byte[] root) {
        clock = clock.plusSeconds(60);
        byte[] signature = Ed25519.sign(privateKey, SignedTreeHead.signingInput(size, root, clock, keyId));
        return new SignedTreeHead(size, root, clock, keyId, signature);
    }

    public void addHead(SignedTreeHead head) {
        heads.add(head);
    }

    public LedgerLeaf leaf(int index) {
        return leaves.get(index);
    }

    public MerkleTree tree() {
        return tree;
    }

    public int size() {
        return leaves.size();
    }

    public LedgerPublicKeyResponse publicKeyResponse() {
        return new LedgerPublicKeyResponse(keyId, Ed25519.ALGORITHM, Base64.getEncoder().encodeToString(publicKey),
                Base64.getEncoder().encodeToString(Ed25519.subjectPublicKeyInfo(publicKey)), Instant.parse("2026-11-26T08:00:00Z"),
                null);
    }

    @Override
    public Optional<SignedTreeHead> latestHead() {
        return heads.stream().max(Comparator.comparingLong(SignedTreeHead::treeSize).thenComparing(SignedTreeHead::timestamp));
    }

    @Override
    public List<SignedTreeHead> heads(long maxTreeSize) {
        return heads.stream().filter(h -> h.treeSize() <= maxTreeSize)
                .sorted(Comparator.comparingLong(SignedTreeHead::treeSize).thenComparing(SignedTreeHead::timestamp)).toList();
    }

    @Override
    public List<LedgerPublicKeyResponse> publicKeys() {
        return List.of(publicKeyResponse());
    }

    @Override
    public LeafHashCursor leafHashes(long treeSize) {
        return new LeafHashCursor() {
            private long index = -1;

            @Override
            public boolean next() {
                return ++index < treeSize;
            }

            @Override
            public long leafIndex() {
                return index;
            }

            @Override
            public byte[] hash() {
                return tree.leafHash(index);
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public EventCursor events(long treeSize, String companyId) {
        return new EventCursor() {
            private int index = -1;

            @Override
            public boolean next() {
                do {
                    index++;
                } while (index < treeSize && companyId != null
                        && !new String(leaves.get(index).metadata(), StandardCharsets.UTF_8).contains("\"" + companyId + "\""));
                return index < treeSize;
            }

            @Override
            public long leafIndex() {
                return index;
            }

            @Override
            public byte[] bytes() {
                return encoded.get(index);
            }

            @Override
            public int offset() {
                return 0;
            }

            @Override
            public int length() {
                return encoded.get(index).length;
            }

            @Override
            public void close() {
            }
        };
    }
}
