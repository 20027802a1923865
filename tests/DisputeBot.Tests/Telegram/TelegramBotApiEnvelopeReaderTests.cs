using System.Text;
using DisputeBot.Channels.Telegram.Api;

namespace DisputeBot.Tests.Telegram;

public sealed class TelegramBotApiEnvelopeReaderTests
{
    [Fact]
    public void A_success_is_read_and_its_result_located()
    {
        var json = """{"ok":true,"result":{"message_id":7,"text":"hi"}}""";

        Assert.True(BotApiEnvelopeReader.TryRead(Bytes(json), out var envelope));

        Assert.True(envelope.Ok);
        Assert.Equal("""{"message_id":7,"text":"hi"}""", Result(json, envelope));
        Assert.Null(envelope.ErrorCode);
    }

    [Fact]
    public void An_error_is_read_with_its_code_description_and_parameters()
    {
        var json = """{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}""";

        Assert.True(BotApiEnvelopeReader.TryRead(Bytes(json), out var envelope));

        Assert.False(envelope.Ok);
        Assert.Equal(429, envelope.ErrorCode);
        Assert.Equal("Too Many Requests: retry after 7", envelope.Description);
        Assert.Equal(7, envelope.RetryAfter);
        Assert.Equal(0, envelope.ResultLength);
    }

    [Fact]
    public void A_migrated_group_names_its_new_chat()
    {
        var json = """{"ok":false,"error_code":400,"description":"Bad Request: group chat was upgraded to a supergroup chat","parameters":{"migrate_to_chat_id":-1001234567890123}}""";

        Assert.True(BotApiEnvelopeReader.TryRead(Bytes(json), out var envelope));

        Assert.Equal(-1001234567890123, envelope.MigrateToChatId);
        Assert.Null(envelope.RetryAfter);
    }

    [Fact]
    public void Fields_may_come_in_any_order_with_unknown_ones_numbers_as_strings_comments_and_trailing_commas()
    {
        var json = """
            {
              "description": "later",
              "extra": {"a": [1, {"b": null}], "ok": true},
              // Some servers comment their answers.
              "parameters": {"unknown": [], "retry_after": "3",},
              "error_code": "503",
              "ok": false,
            }
            """;

        Assert.True(BotApiEnvelopeReader.TryRead(Bytes(json), out var envelope));

        Assert.False(envelope.Ok);
        Assert.Equal(503, envelope.ErrorCode);
        Assert.Equal(3, envelope.RetryAfter);
        Assert.Equal("later", envelope.Description);
    }

    [Fact]
    public void Escaped_field_names_and_texts_are_read_like_plain_ones()
    {
        var json = """{"\u006fk":false,"description":"Bad Request: can\u0027t parse \"entities\""}""";

        Assert.True(BotApiEnvelopeReader.TryRead(Bytes(json), out var envelope));

        Assert.False(envelope.Ok);
        Assert.Equal("Bad Request: can't parse \"entities\"", envelope.Description);
    }

    [Fact]
    public void The_emulators_bare_message_is_kept_for_want_of_a_description()
    {
        Assert.True(BotApiEnvelopeReader.TryRead(Bytes("""{"message":"API method 'sendChatAction' is not supported."}"""), out var envelope));

        Assert.Null(envelope.Ok);
        Assert.Equal("API method 'sendChatAction' is not supported.", envelope.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<html><body>502 Bad Gateway</body></html>")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"ok\"")]
    [InlineData("""{"ok":true""")]
    [InlineData("""{"ok":true,"result":[1,2}""")]
    [InlineData("""{"ok":true} {"ok":false}""")]
    [InlineData("""{"ok":"true"}""")]
    [InlineData("""{"ok":1}""")]
    [InlineData("""{"ok":false,"error_code":"many"}""")]
    [InlineData("""{"ok":false,"error_code":4.5}""")]
    [InlineData("""{"ok":false,"error_code":99999999999}""")]
    [InlineData("""{"ok":false,"description":42}""")]
    [InlineData("""{"ok":false,"parameters":[7]}""")]
    [InlineData("""{"ok":false,"parameters":{"retry_after":true}}""")]
    [InlineData("""{"ok":false,"parameters":{"migrate_to_chat_id":"-100x"}}""")]
    public void Anything_that_is_not_a_readable_envelope_is_refused_without_throwing(string json)
    {
        Assert.False(BotApiEnvelopeReader.TryRead(Bytes(json), out _));
    }

    [Fact]
    public void Nulls_stand_for_absent_fields()
    {
        Assert.True(BotApiEnvelopeReader.TryRead(Bytes("""{"ok":null,"error_code":null,"description":null,"parameters":null,"result":null}"""), out var envelope));

        Assert.Null(envelope.Ok);
        Assert.Null(envelope.ErrorCode);
        Assert.Null(envelope.Description);
        Assert.Equal(4, envelope.ResultLength);
    }

    [Theory]
    [InlineData("""{"message_id":42,"chat":{"id":5,"message_id":1},"text":"x"}""", 42L)]
    [InlineData("""{"chat":{"id":5},"message_id":"43"}""", 43L)]
    [InlineData("""{"text":"no id"}""", null)]
    [InlineData("null", null)]
    [InlineData("", null)]
    public void A_sent_messages_id_is_read_from_the_result(string result, long? expected)
    {
        Assert.True(BotApiEnvelopeReader.TryReadMessageId(Bytes(result), out var id));

        Assert.Equal(expected, id);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("[1]")]
    [InlineData("\"sent\"")]
    [InlineData("""{"message_id":true}""")]
    [InlineData("""{"message_id":1.5}""")]
    public void A_result_that_is_not_a_message_is_refused_without_throwing(string result)
    {
        Assert.False(BotApiEnvelopeReader.TryReadMessageId(Bytes(result), out _));
    }

    private static byte[] Bytes(string json) => Encoding.UTF8.GetBytes(json);

    private static string Result(string json, BotApiEnvelope envelope) =>
        Encoding.UTF8.GetString(Bytes(json), envelope.ResultStart, envelope.ResultLength);
}
