namespace DisputeBot.LoadTest.Shoppers;

/// <summary>What a shopper does in a turn.</summary>
internal abstract record ShopperAction;

/// <summary>Opens the conversation (Telegram /start, Bot Framework "hi").</summary>
internal sealed record StartAction : ShopperAction;

/// <summary>Types a line.</summary>
internal sealed record TextAction(string Text) : ShopperAction;

/// <summary>Presses one of the offered buttons.</summary>
internal sealed record ChooseAction(OfferedChoice Choice) : ShopperAction;
