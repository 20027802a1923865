using DisputeBot.Channels.Telegram;
using DisputeBot.Channels.Telegram.Rendering;
using DisputeBot.Dialog.Conversation;
using Telegram.Bot.Types.Enums;

namespace DisputeBot.Tests.Telegram;

public sealed class TelegramTurnMapperTests
{
    [Fact]
    public void A_text_message_becomes_a_text_turn_with_the_user_locale_and_update_id()
    {
        var incoming = Map("""{"update_id":42,"message":{"message_id":1,"date":1,"from":{"id":7,"is_bot":false,"language_code":"pt-BR"},"chat":{"id":-1001234567890,"type":"private"},"text":"  the box came empty "}}""");

        Assert.Equal(-1001234567890, incoming!.ChatId);
        Assert.Equal(new Turn("42", "7", "pt-BR", new TextInput("the box came empty")), incoming.Turn);
    }

    [Theory]
    [InlineData("/start", "/start")]
    [InlineData("/start@DisputeBot", "/start")]
    [InlineData("/Help@DisputeBot", "/help")]
    [InlineData("/start order_123-abc", "/start order_123-abc")]
    [InlineData("/start@DisputeBot order_123", "/start order_123")]
    [InlineData("/summary\nplease", "/summary\nplease")]
    [InlineData("not /a command", "not /a command")]
    [InlineData("/", "/")]
    public void Commands_are_normalised_and_deep_link_payloads_kept(string text, string expected)
    {
        Assert.Equal(expected, TelegramTurnMapper.NormalizeCommand(text));
    }

    [Fact]
    public void A_button_press_becomes_a_choice_with_its_prompt()
    {
        var incoming = Map("""{"update_id":5,"callback_query":{"id":"99","from":{"id":7,"language_code":"en"},"message":{"message_id":3,"chat":{"id":7}},"data":"12:empty_package"}}""");

        Assert.Equal(7, incoming!.ChatId);
        Assert.Equal(new ChoiceInput("empty_package", 12), incoming.Turn.Input);
        Assert.Equal("en", incoming.Turn.Locale);
    }

    [Theory]
    [InlineData("yes", "yes", null)]
    [InlineData("0:no", "no", 0)]
    [InlineData("2147483647:done", "done", int.MaxValue)]
    public void Callback_data_is_read_with_or_without_a_prompt(string data, string choice, int? prompt)
    {
        Assert.True(TelegramCallbackData.TryParse(data, out var choiceId, out var promptId));
        Assert.Equal(choice, choiceId);
        Assert.Equal(prompt, promptId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("x:yes")]
    [InlineData("-1:yes")]
    [InlineData("1:")]
    [InlineData("1:a b")]
    [InlineData("99999999999:yes")]
    [InlineData("1:<script>")]
    public void Callback_data_that_is_not_ours_is_refused(string data)
    {
        Assert.False(TelegramCallbackData.TryParse(data, out _, out _));
    }

    [Fact]
    public void A_press_with_foreign_callback_data_maps_to_nothing()
    {
        Assert.Null(Map("""{"update_id":5,"callback_query":{"id":"1","from":{"id":7},"message":{"message_id":3,"chat":{"id":7}},"data":"{\"v\":1}"}}"""));
    }

    [Fact]
    public void The_largest_photo_size_is_reported_as_the_evidence_file()
    {
        var incoming = Map("""
            {"update_id":8,"message":{"message_id":2,"date":1,"from":{"id":7},"chat":{"id":7},"caption":"the box",
             "photo":[{"file_id":"a","width":90,"height":90,"file_size":1200},{"file_id":"b","width":1280,"height":960,"file_size":2600000},{"file_id":"c","width":320,"height":240,"file_size":20000}]}}
            """);

        var input = Assert.IsType<AttachmentInput>(incoming!.Turn.Input);
        Assert.Equal(new EvidenceFile(EvidenceFileKind.Photo, null, "image/jpeg", 2600000), Assert.Single(input.Files));
        Assert.Equal("the box", input.Caption);
    }

    [Theory]
    [InlineData("""{"document":{"file_id":"d","file_name":"receipt.pdf","mime_type":"application/pdf","file_size":30000}}""", EvidenceFileKind.Document, "receipt.pdf", "application/pdf", 30000L)]
    [InlineData("""{"document":{"file_id":"d","file_name":"label.webp","mime_type":"image/webp","file_size":3500000}}""", EvidenceFileKind.Photo, "label.webp", "image/webp", 3500000L)]
    [InlineData("""{"video":{"file_id":"v","file_name":"unboxing.mp4","mime_type":"video/mp4","file_size":52000000,"duration":60}}""", EvidenceFileKind.Video, "unboxing.mp4", "video/mp4", 52000000L)]
    [InlineData("""{"document":{"file_id":"d"}}""", EvidenceFileKind.Document, null, null, null)]
    public void Videos_and_documents_report_name_type_and_size_as_telegram_gave_them(string media, EvidenceFileKind kind, string? name, string? type, long? size)
    {
        var incoming = Map("""{"update_id":9,"message":{"message_id":2,"date":1,"from":{"id":7},"chat":{"id":7},""" + media[1..] + "}");

        var input = Assert.IsType<AttachmentInput>(incoming!.Turn.Input);
        Assert.Equal(new EvidenceFile(kind, name, type, size), Assert.Single(input.Files));
    }

    [Theory]
    [InlineData("""{"update_id":1,"edited_message":{"message_id":1,"date":1,"chat":{"id":7},"from":{"id":7},"text":"edit"}}""", UpdateType.EditedMessage)]
    [InlineData("""{"update_id":2,"channel_post":{"message_id":1,"date":1,"chat":{"id":-100}, "text":"post"}}""", UpdateType.ChannelPost)]
    [InlineData("""{"update_id":3,"my_chat_member":{"chat":{"id":7},"from":{"id":7},"date":1}}""", UpdateType.MyChatMember)]
    [InlineData("""{"update_id":4,"message":{"message_id":1,"date":1,"chat":{"id":7},"from":{"id":7},"sticker":{"file_id":"s"}}}""", UpdateType.Message)]
    [InlineData("""{"update_id":5,"message":{"message_id":1,"date":1,"chat":{"id":7},"from":{"id":8,"is_bot":true},"text":"bot talk"}}""", UpdateType.Message)]
    [InlineData("""{"update_id":6}""", UpdateType.Unknown)]
    public void Other_update_kinds_map_to_nothing_and_are_named(string json, UpdateType kind)
    {
        var update = Parse(json);

        Assert.Null(TelegramTurnMapper.Map(update));
        Assert.Equal(kind, update.Type);
    }

    [Fact]
    public void Updates_read_with_the_librarys_options_accept_unknown_fields_big_chat_ids_and_numbers_as_strings()
    {
        var incoming = Map("""
            {"update_id":"123456789","future_field":{"x":[1,2]},"message":{"message_id":5,"date":1795318337,
             "chat":{"id":-1009876543210,"type":"supergroup","is_forum":true},"from":{"id":"8123456789","is_premium":true},"text":"hi",
             "entities":[{"type":"bot_command","offset":0,"length":3}],"link_preview_options":{}}}
            """);

        Assert.Equal(-1009876543210, incoming!.ChatId);
        Assert.Equal(new Turn("123456789", "8123456789", null, new TextInput("hi")), incoming.Turn);
    }

    private static global::Telegram.Bot.Types.Update Parse(string json) => TelegramTestSupport.Parse(json);

    private static TelegramIncomingTurn? Map(string json) => TelegramTurnMapper.Map(Parse(json));
}
