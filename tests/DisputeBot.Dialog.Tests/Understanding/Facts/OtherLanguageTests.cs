using static DisputeBot.Dialog.Tests.Understanding.Facts.Reading;

namespace DisputeBot.Dialog.Tests.Understanding.Facts;

/// <summary>Messages in a language the bot does not read yet, and English that only looks foreign.</summary>
public class OtherLanguageTests
{
    [Theory]
    [InlineData("mi pedido no llegó todavía")]
    [InlineData("Hola, el vendedor no me envió el paquete")]
    [InlineData("meu pedido ainda não chegou")]
    [InlineData("моя посылка не пришла")]
    [InlineData("Здравствуйте")]
    [InlineData("moja paczka nie dotarła")]
    [InlineData("je n'ai pas reçu mon colis")]
    [InlineData("bonjour, le vendeur ne répond pas")]
    [InlineData("hola")]
    public void A_message_in_another_language_is_flagged(string text)
    {
        Assert.True(Read(text).OtherLanguage);
    }

    [Theory]
    [InlineData("my café machine never arrived")]
    [InlineData("ordered a Xiaomi Redmi, paid by card")]
    [InlineData("the seller José says he will resend")]
    [InlineData("no")]
    [InlineData("it came on time but it's a fake Nike")]
    [InlineData("I ordered a piñata and it came torn")]
    public void English_with_a_stray_accent_or_a_brand_is_english(string text)
    {
        Assert.False(Read(text).OtherLanguage);
    }
}
