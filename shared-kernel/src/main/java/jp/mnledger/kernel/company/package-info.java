/** Messages about companies (employers and the 顧問先 of 士業 offices). */
package jp.mnledger.kernel.company;
