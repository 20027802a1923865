using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using DisputeBot.Channels.BotFramework.Schema;
using DisputeBot.Channels.DirectLine.Wire;

namespace DisputeBot.Channels.DirectLine;

/// <summary>Source-generated (de)serialization of everything Direct Line reads and writes.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ActivitySet))]
[JsonSerializable(typeof(DirectLineConversationResponse))]
[JsonSerializable(typeof(DirectLineResourceResponse))]
[JsonSerializable(typeof(DirectLineErrorResponse))]
[JsonSerializable(typeof(DirectLineStartParameters))]
[JsonSerializable(typeof(SessionIdResponse))]
[JsonSerializable(typeof(DirectLineTokenClaims))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
internal sealed partial class DirectLineJsonContext : JsonSerializerContext;
