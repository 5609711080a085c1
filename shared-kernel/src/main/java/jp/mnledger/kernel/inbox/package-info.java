/**
 * Messages of the receive-only inbox for ID-document images (本人確認書類の画像): a person or a handler
 * uploads, only an appointed handler views (to verify), and every image is purged after verification or
 * after a time limit. The images themselves never travel in an event; events carry metadata only.
 */
package jp.mnledger.kernel.inbox;
