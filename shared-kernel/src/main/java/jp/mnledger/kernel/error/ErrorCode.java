package jp.mnledger.kernel.error;

/**
 * The stable, public error codes of mnledger, each with its HTTP status and a Japanese and an
 * English message. Codes are part of the API contract: never rename one. Messages never contain a
 * personal-data value; where a message names something, it names a field, not its content.
 */
public enum ErrorCode {
    MY_NUMBER_REQUIRED(400,
            "個人番号が入力されていません。",
            "The My Number is missing."),
    MY_NUMBER_FORMAT(400,
            "個人番号に数字以外の文字が含まれています。12桁の数字で入力してください（全角数字・空白・ハイフンは使えます）。",
            "The My Number contains a character that is not a digit. Enter 12 digits (full-width digits, spaces and hyphens are accepted)."),
    MY_NUMBER_LENGTH(400,
            "個人番号は12桁です。桁数が違います。",
            "A My Number has exactly 12 digits; the input has a different number of digits."),
    MY_NUMBER_CHECK_DIGIT(400,
            "個人番号の検査用数字（最後の1桁）が一致しません。番号を確認してください。",
            "The My Number's check digit (its last digit) does not match. Please check the number."),
    CORPORATE_NUMBER_FORMAT(400,
            "法人番号に数字以外の文字が含まれています。13桁の数字で入力してください。",
            "The corporate number contains a character that is not a digit. Enter 13 digits."),
    CORPORATE_NUMBER_LENGTH(400,
            "法人番号は13桁です。桁数が違います。",
            "A corporate number has exactly 13 digits; the input has a different number of digits."),
    CORPORATE_NUMBER_CHECK_DIGIT(400,
            "法人番号の検査用数字（先頭の1桁）が一致しません。番号を確認してください。",
            "The corporate number's check digit (its first digit) does not match. Please check the number."),
    REQUEST_MALFORMED(400,
            "リクエストの形式が正しくありません（JSONとして読み取れないか、値の型が違います）。",
            "The request is malformed: it is not readable JSON or a value has the wrong type."),
    REQUEST_INVALID(400,
            "入力内容に誤りがあります。",
            "The request has invalid fields."),
    PURPOSE_REQUIRED(400,
            "本人に通知した利用目的を1つ以上指定してください。",
            "Name at least one purpose notified to the person."),
    RELATED_SUBJECT_REQUIRED(400,
            "扶養親族には、関連する従業員（relatedSubjectId）の指定が必要です。",
            "A dependent needs the employee it belongs to (relatedSubjectId)."),
    RELATIONSHIP_REQUIRED(400,
            "扶養親族には、従業員との続柄（relationship）の指定が必要です。",
            "A dependent needs its relationship to the employee (relationship)."),
    RELATED_SUBJECT_ONLY_FOR_DEPENDENTS(400,
            "関連する従業員と続柄は、扶養親族にだけ指定できます。",
            "Only a dependent has a related employee and a relationship."),
    OCCUPATION_ONLY_FOR_PAYEES(400,
            "職種は報酬の支払先にだけ、100文字以内で指定できます。",
            "Only a payee has an occupation, of at most 100 characters."),
    RELATED_SUBJECT_NOT_FOUND(400,
            "関連する従業員が見つかりません。",
            "The related employee does not exist in this company."),
    EMPLOYEE_CODE_TAKEN(409,
            "この社員番号は、この会社の別の対象者がすでに使っています。",
            "This employee code is already used by another data subject of this company."),
    COMPANY_NOT_FOUND(404,
            "会社が見つかりません。",
            "The company does not exist."),
    SUBJECT_NOT_FOUND(404,
            "対象者が見つかりません。",
            "The data subject does not exist in this company."),
    USER_NOT_FOUND(404,
            "利用者が見つかりません。",
            "The user does not exist."),
    RESOURCE_NOT_FOUND(404,
            "指定されたリソースはありません。",
            "There is no such resource."),
    METHOD_NOT_ALLOWED(405,
            "このリソースではその操作はできません。",
            "This method is not allowed on this resource."),
    MEDIA_TYPE_UNSUPPORTED(415,
            "リクエストの形式（Content-Type）に対応していません。application/json で送ってください。",
            "Unsupported Content-Type; send application/json."),
    AUTH_REQUIRED(401,
            "ログインが必要です。",
            "Authentication is required."),
    AUTH_FAILED(401,
            "ログインできませんでした。ユーザー名・パスワード・確認コードを確かめてください。",
            "Login failed. Check the username, password and verification code."),
    AUTH_THROTTLED(429,
            "ログインの試行が多すぎます。しばらく待ってからもう一度お試しください。",
            "Too many login attempts. Please wait and try again."),
    PASSWORD_CHANGE_REQUIRED(403,
            "パスワードの変更が必要です。",
            "You must change your password first."),
    PASSWORD_TOO_WEAK(400,
            "このパスワードは使えません。12文字以上で、よく使われるパスワードやユーザー名を含まないものにしてください。",
            "This password is not allowed: use at least 12 characters, not a common password, not containing the username."),
    CSRF_INVALID(403,
            "リクエストを確認できませんでした（CSRFトークンがありません）。ページを再読み込みしてください。",
            "The request could not be verified (missing CSRF token). Reload the page."),
    ACCESS_DENIED(403,
            "この操作を行う権限がありません。この試みは記録されました。",
            "You are not allowed to do this. The attempt has been recorded."),
    PURPOSE_NOT_NOTIFIED(409,
            "この利用目的は取得時に本人へ通知されていません。通知していない目的には利用・提供できません（同意があっても同じです）。",
            "This purpose was not notified to the person at acquisition; the number cannot be used or provided for it (consent does not change this)."),
    PURPOSE_NOT_DECLARED(400,
            "この利用目的は会社の取扱事務として宣言されていません。",
            "The company has not declared this purpose."),
    MY_NUMBER_NOT_HELD(409,
            "この対象者の個人番号は保管されていません（未取得・提供拒否・廃棄済のいずれか）。",
            "No number is held for this subject (not acquired, refused or disposed of)."),
    REVEAL_RATE_LIMITED(429,
            "短時間に多くの個人番号を表示しようとしました。しばらく待ってからもう一度お試しください。この試みは記録されました。",
            "Too many numbers revealed in a short time. Please wait and try again. The attempt has been recorded."),
    VERIFICATION_DOCUMENT_NOT_ACCEPTED(409,
            "この書類では本人確認できません（個人番号通知書は番号確認にも身元確認にも使えません。通知カードは記載事項が住民票と一致する場合のみ、"
                    + "対面での確認省略は従業員のみ、代理人の場合は代理権と代理人の身元確認が必要です）。",
            "These documents do not verify the number: 個人番号通知書 never counts; 通知カード only while it matches the 住民票; "
                    + "the in-person exception is for employees only; a proxy needs proof of authority and the proxy's own identity check."),
    SAME_MY_NUMBER(409,
            "新しい個人番号が保管中の番号と同じです。",
            "The new number is the same as the one held."),
    EMPLOYMENT_DATES_INVALID(400,
            "雇用の日付が正しくありません（終了日は開始日より後、死亡後の変更はできません）。",
            "The employment dates are not valid (the end must follow the start; nothing changes after death)."),
    REASON_REQUIRED(400,
            "理由を入力してください。",
            "A reason is required."),
    MY_NUMBER_ALREADY_ACQUIRED(409,
            "この対象者の個人番号はすでに取得済みです。",
            "This subject's My Number has already been acquired."),
    SUBJECT_KEY_DESTROYED(409,
            "この対象者の特定個人情報は廃棄済みです。新たに記録することはできません。",
            "This subject's personal data has been disposed of; nothing new can be recorded for it."),
    HANDLING_RULES_NOT_PUBLISHED(409,
            "取扱規程がまだ公開されていません。先に取扱規程を公開してください。",
            "No handling rules have been published yet; publish them first."),
    HANDLER_NOT_QUALIFIED(409,
            "事務取扱担当者に任命できません。現行の取扱規程についての研修修了と誓約書の提出が必要です。",
            "The user cannot be appointed handler: training and a pledge for the current handling rules are required."),
    HANDLER_NOT_APPOINTED(409,
            "この利用者は事務取扱担当者に任命されていません。",
            "This user is not an appointed handler."),
    USERNAME_TAKEN(409,
            "このユーザー名はすでに使われています。",
            "This username is already taken."),
    CONCURRENT_MODIFICATION(409,
            "同時に別の更新が行われました。もう一度お試しください。",
            "Another change was made at the same time; please try again."),
    SERVICE_UNAVAILABLE(503,
            "一時的に処理できません。しばらくしてからもう一度お試しください。",
            "The service cannot handle the request right now; please try again shortly."),
    INTERNAL_ERROR(500,
            "内部エラーが発生しました。リクエストIDを添えて管理者に連絡してください。",
            "An internal error occurred. Please contact the administrator with the request id.");

    private final int httpStatus;
    private final String messageJa;
    private final String messageEn;

    ErrorCode(int httpStatus, String messageJa, String messageEn) {
        this.httpStatus = httpStatus;
        this.messageJa = messageJa;
        this.messageEn = messageEn;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String messageJa() {
        return messageJa;
    }

    public String messageEn() {
        return messageEn;
    }

    /** The message in English when the language is "en", otherwise in Japanese (the default). */
    public String message(String language) {
        return "en".equalsIgnoreCase(language) ? messageEn : messageJa;
    }
}
