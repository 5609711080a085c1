package jp.mnledger.ops.pdf;

import java.util.Map;

/** Japanese names of the stored event types, for people reading a summary; an unknown type shows its class name. */
final class EventTypeLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("AccessDeniedEvent", "アクセス拒否"),
            Map.entry("PersonalDataAccessedEvent", "個人データの閲覧"),
            Map.entry("AcknowledgementSignedEvent", "本人の同意書への署名"),
            Map.entry("BreachReportDraftedEvent", "漏えい等報告の下書き"),
            Map.entry("ClientCompanyAddedEvent", "顧問先の追加"),
            Map.entry("CollectionCampaignOpenedEvent", "回収キャンペーンの開始"),
            Map.entry("CompanyCreatedEvent", "会社の登録"),
            Map.entry("DisposalConfirmationPolicySetEvent", "廃棄確定方針の設定"),
            Map.entry("DisposalProposedEvent", "廃棄の提案"),
            Map.entry("EmploymentRecordedEvent", "雇用情報の記録"),
            Map.entry("EvidenceExportedEvent", "証跡の書き出し"),
            Map.entry("HandlerAppointedEvent", "事務取扱担当者の任命"),
            Map.entry("HandlerAppointmentRefusedEvent", "事務取扱担当者の任命拒否"),
            Map.entry("HandlerDismissedEvent", "事務取扱担当者の解任"),
            Map.entry("HandlingRulesPublishedEvent", "取扱規程の公表"),
            Map.entry("IdDocumentImageReceivedEvent", "本人確認書類画像の受領"),
            Map.entry("IdDocumentImageViewedEvent", "本人確認書類画像の閲覧"),
            Map.entry("IdDocumentImagesPurgedEvent", "本人確認書類画像の消去"),
            Map.entry("InvitationCompletedEvent", "招待リンクからの提出の完了"),
            Map.entry("InvitationIssuedEvent", "招待リンクの発行"),
            Map.entry("InvitationRedeemedEvent", "招待リンクを開いた"),
            Map.entry("InvitationStepRecordedEvent", "招待リンクからの送信"),
            Map.entry("LoggedOutEvent", "ログアウト"),
            Map.entry("LoginFailedEvent", "ログイン失敗"),
            Map.entry("LoginSucceededEvent", "ログイン"),
            Map.entry("MyNumberAcquiredEvent", "個人番号の取得"),
            Map.entry("MyNumberCorrectedEvent", "個人番号の訂正"),
            Map.entry("MyNumberProvidedEvent", "個人番号の提供"),
            Map.entry("MyNumberRefusedEvent", "個人番号の提供拒否"),
            Map.entry("MyNumberRevealedEvent", "個人番号の表示"),
            Map.entry("MyNumberUseRefusedEvent", "個人番号の利用拒否"),
            Map.entry("MyNumberVerificationRefusedEvent", "本人確認の不成立"),
            Map.entry("MyNumberVerifiedEvent", "本人確認（番号確認・身元確認）"),
            Map.entry("OfficeCreatedEvent", "事務所の登録"),
            Map.entry("PledgeSignedEvent", "誓約書への署名"),
            Map.entry("PurposesDeclaredEvent", "利用目的の特定"),
            Map.entry("RetentionOverrideSetEvent", "保存期間の延長"),
            Map.entry("RoleGrantedEvent", "役割の付与"),
            Map.entry("RoleRevokedEvent", "役割の取消し"),
            Map.entry("SubjectDisposedEvent", "廃棄（暗号鍵の消去）"),
            Map.entry("SubjectRegisteredEvent", "対象者の登録"),
            Map.entry("TenantKeyRotatedEvent", "会社の鍵の更新"),
            Map.entry("TrainingCompletedEvent", "研修の修了"),
            Map.entry("UserAccountCreatedEvent", "利用者の登録"));

    private EventTypeLabels() {
    }

    /** The simple class name of a stored payload type. */
    static String simpleName(String payloadType) {
        int dot = payloadType.lastIndexOf('.');
        int dollar = payloadType.lastIndexOf('$');
        return payloadType.substring(Math.max(dot, dollar) + 1);
    }

    static String labelJa(String payloadType) {
        String simple = simpleName(payloadType);
        return LABELS.getOrDefault(simple, simple);
    }
}
