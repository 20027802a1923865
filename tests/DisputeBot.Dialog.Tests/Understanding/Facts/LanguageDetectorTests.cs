using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Tests.Understanding.Facts;

/// <summary>Which language a buyer wrote in, from their words alone.</summary>
public class LanguageDetectorTests
{
    [Theory]
    [InlineData("посылка не пришла", "ru")]
    [InlineData("Здравствуйте, продавец не отвечает", "ru")]
    [InlineData("mi pedido no llegó todavía", "es")]
    [InlineData("hola", "es")]
    [InlineData("quedan 12 días y el vendedor no contesta", "es")]
    [InlineData("meu pedido ainda não chegou", "pt")]
    [InlineData("nao chegou ainda, ja faz 40 dias", "pt")]
    [InlineData("há 3 dias o rastreio não muda", "pt")]
    [InlineData("moja paczka nie dotarła", "pl")]
    [InlineData("paczka przyszla wczoraj uszkodzona", "pl")]
    [InlineData("zostalo 12 dni", "pl")]
    [InlineData("zamówiłam w październiku i do dziś nic", "pl")]
    [InlineData("la montre est arrivee cassee, lecran est fissure", "fr")]
    [InlineData("wyslali 3 dni temu", "pl")]
    [InlineData("wczoraj", "pl")]
    [InlineData("je n'ai pas reçu mon colis", "fr")]
    [InlineData("il reste 12 jours", "fr")]
    [InlineData("expédié il y a 3 jours", "fr")]
    [InlineData("hier", "fr")]
    [InlineData("bonjour, le vendeur ne répond pas", "fr")]
    public void A_message_names_its_language(string text, string language)
    {
        Assert.Equal(language, LanguageDetector.Detect(text));
    }

    [Theory]
    [InlineData("my café machine never arrived")]
    [InlineData("ordered a Xiaomi Redmi, paid by card")]
    [InlineData("the seller José says he will resend")]
    [InlineData("no")]
    [InlineData("ok")]
    [InlineData("12")]
    [InlineData("5 mar")]
    [InlineData("it came on time but it's a fake Nike")]
    [InlineData("I ordered a piñata and it came torn")]
    public void English_and_words_every_language_shares_name_none(string text)
    {
        Assert.Null(LanguageDetector.Detect(text));
    }

    [Theory]
    [InlineData("quando posso abrir uma disputa?", "pt-BR", "pt")]
    [InlineData("foi enviado ha 20 dias", "pt-BR", "pt")]
    [InlineData("abri a disputa faz 3 dias", "pt-BR", "pt")]
    [InlineData("abrí la disputa hace 3 días", "pt-BR", "es")]
    [InlineData("foi enviado ha 20 dias", "es", "es")]
    [InlineData("meu pedido ainda não chegou", "es", "pt")]
    [InlineData("quando posso abrir uma disputa?", "en", "pt")]
    public void A_close_call_keeps_the_language_already_spoken(string text, string current, string language)
    {
        Assert.Equal(language, LanguageDetector.Detect(text, current));
    }

    [Theory]
    [InlineData("pt", "pt-BR", true)]
    [InlineData("pt-PT", "pt-BR", true)]
    [InlineData("ru", "ru-RU", true)]
    [InlineData("es", "en", false)]
    public void Tags_of_one_language_are_the_same_language(string a, string b, bool same)
    {
        Assert.Equal(same, LanguageDetector.SameLanguage(a, b));
    }
}
