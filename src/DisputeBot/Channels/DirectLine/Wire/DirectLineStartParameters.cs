using System.Text.Json.Serialization;
using DisputeBot.Channels.BotFramework.Schema;

namespace DisputeBot.Channels.DirectLine.Wire;

/// <summary>The optional body of <c>tokens/generate</c> and <c>POST conversations</c>: who the user is, their language.</summary>
internal sealed class DirectLineStartParameters
{
    [JsonPropertyName("user")] public ChannelAccount? User { get; set; }

    [JsonPropertyName("locale")] public string? Locale { get; set; }
}
