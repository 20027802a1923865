using System.Globalization;
using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Understanding;
using DisputeBot.Dialog.Understanding.Dates;
using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Conversation;

/// <summary>One language's content with the readers built from it, made once and shared by every turn.</summary>
internal sealed class LanguageKit
{
    public LanguageKit(LanguagePack pack, LanguagePack? english = null, IReadOnlyList<ReplyChoice>? languages = null, TextUnderstanding? englishText = null)
    {
        Pack = pack;
        English = english ?? pack;
        EnglishText = englishText;
        Languages = languages ?? [];
        Text = new TextUnderstanding(pack);
        Dates = new DateReader(pack.Vocabulary);
        Culture = CultureInfo.GetCultureInfo(pack.Language);
        Reader = new MessageReader(Text);
        Amounts = new RefundAmountReader(pack.Vocabulary);
        Returns = new ReturnCostReader(pack.Vocabulary);
        Items = new ItemReader(pack.Vocabulary);
        UsualZone = Reminders.BuyerClock.Find(pack.Messages["reminders.usual_zone"]) ?? TimeZoneInfo.Utc;
    }

    /// <summary>Reads the item's name for the dispute text.</summary>
    public ItemReader Items { get; }

    public LanguagePack Pack { get; }

    /// <summary>The English pack: the dispute text for the seller and AliExpress is written in English.</summary>
    public LanguagePack English { get; }

    /// <summary>Every language the bot speaks, as /language offers them (ids "language_{tag}").</summary>
    public IReadOnlyList<ReplyChoice> Languages { get; }

    /// <summary>The English reading, shared, in another language's kit (null in English's own): sellers write to buyers
    /// of every language in English, and a buyer pastes that message as it came.</summary>
    public TextUnderstanding? EnglishText { get; }

    public Messages Messages => Pack.Messages;

    public TextUnderstanding Text { get; }

    public DateReader Dates { get; }

    public CultureInfo Culture { get; }

    /// <summary>Reads every fact of a whole message.</summary>
    public MessageReader Reader { get; }

    /// <summary>Reads what the buyer paid, what the missing part cost and what the seller offers.</summary>
    public RefundAmountReader Amounts { get; }

    /// <summary>Reads the item's price and the return postage named together.</summary>
    public ReturnCostReader Returns { get; }

    /// <summary>The time zone reminders assume when no channel reported the buyer's, looked up once (a system
    /// time zone look-up takes a process-wide lock).</summary>
    public TimeZoneInfo UsualZone { get; }
}
