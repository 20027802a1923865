namespace DisputeBot.Dialog.Conversation;

/// <summary>Button ids the dialog offers besides category and evidence ids. Short ASCII: they travel in button data.</summary>
internal static class ChoiceIds
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string Partly = "partly";
    public const string Other = "other";
    public const string NoTimer = "no_timer";
    public const string Today = "today";
    public const string Yesterday = "yesterday";
    public const string DontKnow = "dont_know";
    public const string PayPal = "paypal";
    public const string Card = "card";
    public const string OtherPayment = "other_payment";
    public const string NotYet = "not_yet";
    public const string CancelNotAsked = "cancel_not_asked";
    public const string CancelWaiting = "cancel_waiting";
    public const string CancelRefused = "cancel_refused";
    public const string ShippedNow = "shipped_now";
    public const string CancelDone = "cancel_done";
    public const string FirstReading = "date_a";
    public const string SecondReading = "date_b";
    public const string Done = "done";
    public const string CompareRefunds = "refunds";
    public const string BackToEvidence = "evidence";
    public const string ShowSummary = "summary";
    public const string AddMyWords = "add_words";
    public const string RemoveMyWords = "remove_words";
    public const string Restart = "restart";
    public const string Calendar = "calendar";
    public const string FaqPrefix = "faq_";
    public const string Handoff = "handoff";
    public const string HandoffDecline = "handoff_no";
    public const string LanguagePrefix = "language_";
    public const string RemindMe = "remind";
    public const string StopReminders = "remind_stop";
    public const string ShowDeadlines = "deadlines";
    public const string Snooze = "snooze";
    public const string SnoozePrefix = "snooze_";
    public const string CancelReminderPrefix = "remind_off_";
}
