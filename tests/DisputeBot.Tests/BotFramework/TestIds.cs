namespace DisputeBot.Tests.BotFramework;

/// <summary>Ids shaped like the real ones (Teams ids hold ':', ';' and '@').</summary>
public static class TestIds
{
    public const string AppId = "0b2c8a6e-5f1d-4e8b-9c3a-7d6e5f4a3b21";
    public const string TenantId = "9f8e7d6c-5b4a-4321-8765-43210fedcba9";
    public const string OtherTenantId = "11111111-2222-4333-8444-555555555555";
    public const string TeamsUserId = "29:1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";
    public const string TeamsBotId = "28:" + AppId;
    public const string TeamsConversationId = "a:1Xyz;messageid=1700000000000@thread.tacv2";
    public const string TeamsActivityId = "1700000000001;x@y:z";
}
