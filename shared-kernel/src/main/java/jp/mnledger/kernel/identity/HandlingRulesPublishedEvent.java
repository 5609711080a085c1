package jp.mnledger.kernel.identity;

import org.axonframework.serialization.Revision;

/** A version of the company's handling rules (取扱規程) was published; versions count up from 1. */
@Revision("1")
public record HandlingRulesPublishedEvent(String companyId, int version, String title) {
}
