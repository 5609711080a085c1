/** Collection campaigns (年末調整 2026 …) and their progress: collected, verified, refused, outstanding. */
package jp.mnledger.query.campaign;
