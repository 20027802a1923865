using DisputeBot.LoadTest.Load;
using DisputeBot.LoadTest.Shoppers;

namespace DisputeBot.LoadTest.Channels;

/// <summary>
/// Turns against the Telegram floor: the same webhook updates as the bot gets, through the same driver and sink. The
/// floor asks nothing, so its shoppers only type; to make the same Bot API calls per turn as the bot's Telegram phase,
/// a share of turns is sent as a button press instead (the floor then shrinks the keyboard, as the bot does), and a
/// share of turns asks for two messages (as the bot's turns that send a card). Which turns do so is fixed by the
/// shopper and turn number, so every round picks the same turns.
/// </summary>
internal sealed class TelegramFloorDriver : ITurnDriver
{
    public const string CallbackData = "floor:ok";

    private readonly TelegramDriver _oneMessage;
    private readonly TelegramDriver _twoMessages;
    private readonly double _pressShare;
    private readonly double _twoMessageShare;

    public TelegramFloorDriver(HttpClient http, Uri floor, TelegramSink sink, string secretToken, BotApiMix mix)
    {
        _oneMessage = new TelegramDriver(http, [floor], sink, secretToken);
        _twoMessages = new TelegramDriver(http, [floor], sink, secretToken, "api/telegram?replies=2");
        _pressShare = mix.PressShare;
        _twoMessageShare = mix.TwoMessageShare;
    }

    public string Name => "floor/telegram";

    public int Instances => 1;

    /// <summary>The driver whose sink and counters the phase reads (both drivers share the sink).</summary>
    public TelegramDriver Inner => _oneMessage;

    public void Prepare(Shopper shopper) => _oneMessage.Prepare(shopper);

    public Task<TurnOutcome> RunTurnAsync(Shopper shopper, int instance, CancellationToken cancellationToken)
    {
        if (Fraction(shopper.Number, shopper.Turns, 1) < _pressShare)
        {
            shopper.LastAction = new ChooseAction(new OfferedChoice("ok", "OK", new TelegramPress(CallbackData, shopper.Turns)));
        }

        var driver = Fraction(shopper.Number, shopper.Turns, 2) < _twoMessageShare ? _twoMessages : _oneMessage;
        return driver.RunTurnAsync(shopper, instance, cancellationToken);
    }

    public Task<bool> RedeliverAsync(Shopper shopper, int instance, CancellationToken cancellationToken) => Task.FromResult(false);

    /// <summary>A fixed fraction in [0, 1) for a shopper's turn and purpose (a hash, not a random draw).</summary>
    private static double Fraction(int shopper, int turn, int purpose)
    {
        var mixed = unchecked((((ulong)(uint)shopper << 32) | ((uint)turn << 4) | (uint)purpose) * 0x9E3779B97F4A7C15UL);
        mixed ^= mixed >> 29;
        mixed = unchecked(mixed * 0xBF58476D1CE4E5B9UL);
        mixed ^= mixed >> 32;
        return (mixed >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>The bot's Bot API calls per delivery, as the floor is to copy them: the share of deliveries that edit a
    /// pressed keyboard, and the share that send a second message.</summary>
    public readonly record struct BotApiMix(double PressShare, double TwoMessageShare)
    {
        public static BotApiMix Of(IReadOnlyDictionary<string, long> botApiCalls, long deliveries)
        {
            if (deliveries == 0)
            {
                return default;
            }

            var edits = (double)botApiCalls.GetValueOrDefault("editMessageReplyMarkup") / deliveries;
            var messages = (double)botApiCalls.GetValueOrDefault("sendMessage") / deliveries;
            return new BotApiMix(Math.Clamp(edits, 0, 1), Math.Clamp(messages - 1, 0, 1));
        }

        public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{PressShare:P0} of turns pressed, {TwoMessageShare:P0} answered with two messages");
    }
}
