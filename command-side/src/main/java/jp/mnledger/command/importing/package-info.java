/**
 * Bulk registration of data subjects from a CSV file (ADR 0011): decoding (UTF-8 or Windows-31J), RFC
 * 4180 records and line-by-line checks that store nothing (the parser is pure Java), and the import
 * itself, which sends the ordinary registration commands, each authorised, in one transaction. Never a
 * My Number: numbers are collected one person at a time, with the purposes notified to them.
 */
package jp.mnledger.command.importing;
