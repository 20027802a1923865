using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Knowledge.Content;

namespace DisputeBot.Dialog.Tests.Knowledge;

/// <summary>Whatever an edit does to a file, loading ends in success or one KnowledgeException, never a crash.</summary>
public class DamagedContentTests
{
    private const string Damage = " :-[]{}\"'#>|&*!%\n\t";

    [Theory]
    [InlineData("categories.yaml")]
    [InlineData("faq.yaml")]
    [InlineData("warnings.yaml")]
    [InlineData("vocabulary.yaml")]
    public void A_damaged_file_fails_only_with_a_named_error(string file)
    {
        var original = File.ReadAllText(Path.Combine(ContentFolder.English, file));
        var random = new Random(file.Length * 7919);
        var failures = 0;
        for (var round = 0; round < 80; round++)
        {
            var text = Mutate(original, random);
            try
            {
                var content = ContentFile.Parse(text, "dialogs/en/" + file);
                _ = file switch
                {
                    "categories.yaml" => (object)CategoriesReader.Read(content, ContentFolder.Rules),
                    "faq.yaml" => FaqReader.Read(content, ContentFolder.Rules),
                    "warnings.yaml" => WarningsReader.Read(content, ContentFolder.Rules),
                    _ => VocabularyReader.Read(content),
                };
            }
            catch (KnowledgeException e)
            {
                Assert.StartsWith("dialogs/en/" + file + ": ", e.Message, StringComparison.Ordinal);
                failures++;
            }
        }

        Assert.True(failures > 0, "no mutation broke the file; the test mutates too little");
    }

    private static string Mutate(string text, Random random)
    {
        var chars = text.ToCharArray().ToList();
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(3))
            {
                case 0:
                    chars.RemoveAt(at);
                    break;
                case 1:
                    chars.Insert(at, Damage[random.Next(Damage.Length)]);
                    break;
                default:
                    chars[at] = Damage[random.Next(Damage.Length)];
                    break;
            }
        }

        return new string([.. chars]);
    }
}
