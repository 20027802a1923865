using System.Text.Json.Serialization;

namespace DisputeBot.Floor;

/// <summary>Source-generated JSON, as the bot uses: no reflection on the request path.</summary>
[JsonSerializable(typeof(FloorTurn))]
[JsonSerializable(typeof(FloorState))]
[JsonSerializable(typeof(FloorReply))]
[JsonSerializable(typeof(FloorUpdate))]
[JsonSerializable(typeof(FloorSendMessage))]
[JsonSerializable(typeof(FloorEditReplyMarkup))]
[JsonSerializable(typeof(FloorAnswerCallback))]
internal sealed partial class FloorJsonContext : JsonSerializerContext;
