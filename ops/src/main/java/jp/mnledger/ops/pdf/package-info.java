/**
 * Japanese PDF documents for people: the 削除・廃棄証明書 ({@link jp.mnledger.ops.pdf.DisposalCertificateRenderer})
 * and the human-readable summary of an evidence export ({@link jp.mnledger.ops.pdf.EvidenceSummaryRenderer}). {@link jp.mnledger.ops.pdf.JapanesePdfWriter} is
 * the small layout layer under both: A4 portrait, Japanese line breaking, tables whose header repeats on
 * each page, a footer with page numbers and the generation time in JST, the IPAex Gothic font embedded as
 * a subset (the font and its licence live in {@code fonts/} on the classpath; nothing is fetched at run
 * time). Everything here is plain Java callable without Spring; only the assembly uses it. No document
 * made here may carry a My Number: the writer refuses text that looks like one.
 */
package jp.mnledger.ops.pdf;
