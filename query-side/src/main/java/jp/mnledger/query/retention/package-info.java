/** The retention schedule (what falls due when, and why), the companies' retention policy choices, the 廃棄記録. */
package jp.mnledger.query.retention;
