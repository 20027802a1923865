namespace DisputeBot.LoadTest.Shoppers;

/// <summary>A button the bot offered, as the shopper sees it.</summary>
/// <param name="Id">The choice id when the channel carries it (callback data, messageBack value), else null.</param>
/// <param name="Label">The button's text; typing it is always understood.</param>
/// <param name="Payload">What the channel needs to press it (a card action, a callback data and message id).</param>
internal sealed record OfferedChoice(string? Id, string Label, object Payload);
