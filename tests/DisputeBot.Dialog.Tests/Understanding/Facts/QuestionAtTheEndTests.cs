using DisputeBot.Dialog.Understanding;
using DisputeBot.Dialog.Understanding.Facts;
using DisputeBot.Dialog.Tests.Support;

namespace DisputeBot.Dialog.Tests.Understanding.Facts;

/// <summary>Buyers tell first and ask last, often without a question mark: the last sentence's first words, from each
/// language's vocabulary.yaml (question_end_*), make the message a question; a told last clause does not.</summary>
public class QuestionAtTheEndTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private static MessageFacts Read(string language, string text) =>
        new MessageReader(new TextUnderstanding(RealKnowledge.Base.For(language)))
            .Read(text, new MessageContext(Now, true, null, Expectation.Nothing));

    [Theory]
    [InlineData("en", "closed the dispute by mistake, now he doesnt reply. can i reopen it")]
    [InlineData("en", "seller offers 5 dollars back. what should i do")]
    [InlineData("es", "el vendedor me ofrece 5 dólares, qué hago")]
    [InlineData("pt-BR", "o vendedor ofereceu 5 reais, o que faço")]
    [InlineData("fr", "le vendeur propose 5 euros, je fais quoi")]
    [InlineData("pl", "sprzedawca oferuje 5 zł, czy mam to przyjąć")]
    [InlineData("ru", "продавец предлагает 5 долларов, стоит ли соглашаться")]
    public void A_question_asked_at_the_end_is_a_question(string language, string text)
    {
        Assert.True(Read(language, text).IsQuestion, text);
    }

    [Theory]
    [InlineData("en", "never came, was delivered on the 3rd to another town")]
    [InlineData("es", "llegó roto, cuando lo abrí ya estaba así")]
    [InlineData("pt-BR", "chegou quebrado, quando abri já estava assim")]
    [InlineData("fr", "arrivé cassé, quand je l'ai ouvert il était comme ça")]
    [InlineData("pl", "przyszło zepsute, kiedy otworzyłem paczkę")]
    [InlineData("ru", "пришло разбитым, когда открыл посылку")]
    public void A_told_last_clause_is_no_question(string language, string text)
    {
        Assert.False(Read(language, text).IsQuestion, text);
    }

    [Fact]
    public void Every_language_lists_its_own_words()
    {
        foreach (var language in new[] { "en", "es", "pt-BR", "fr", "pl", "ru" })
        {
            var vocabulary = RealKnowledge.Base.For(language).Vocabulary;
            Assert.NotEmpty(vocabulary.QuestionEndWords);
            Assert.NotEmpty(vocabulary.QuestionEndVerbs);
            Assert.NotEmpty(vocabulary.QuestionEndSubjects);
        }
    }
}
