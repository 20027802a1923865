using System.Text.Json.Serialization;

namespace DisputeBot.LoadTest.Channels;

[JsonSerializable(typeof(FloorBody))]
internal sealed partial class LoadJsonContext : JsonSerializerContext;
