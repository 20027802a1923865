using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.BotFramework.Rendering;

/// <summary>Picks the renderer for a channel: Teams has its own; Web Chat's suits every other channel.</summary>
public sealed class ReplyRenderers(IOptions<BotFrameworkOptions> options)
{
    public const string TeamsChannelId = "msteams";

    private readonly TeamsReplyRenderer _teams = new(options.Value.MaxMessageBytes, options.Value.Handoff);
    private readonly WebChatReplyRenderer _webChat = new(options.Value.MaxMessageBytes, options.Value.Handoff);

    public ReplyRenderer For(string? channelId) =>
        string.Equals(channelId, TeamsChannelId, StringComparison.OrdinalIgnoreCase) ? _teams : _webChat;
}
