namespace DisputeBot.Dialog.Knowledge.Content;

/// <summary>Reads one language folder (dialogs/{language}/) into a <see cref="LanguagePack"/>.</summary>
internal static class LanguagePackReader
{
    public static LanguagePack Read(string folder, string language, RuleBook rules) =>
        new(
            language,
            MessagesReader.Read(ContentFile.Read(Path.Combine(folder, MessagesReader.FileName)), rules),
            CategoriesReader.Read(ContentFile.Read(Path.Combine(folder, CategoriesReader.FileName)), rules),
            FaqReader.Read(ContentFile.Read(Path.Combine(folder, FaqReader.FileName)), rules),
            WarningsReader.Read(ContentFile.Read(Path.Combine(folder, WarningsReader.FileName)), rules),
            VocabularyReader.Read(ContentFile.Read(Path.Combine(folder, VocabularyReader.FileName))));
}
