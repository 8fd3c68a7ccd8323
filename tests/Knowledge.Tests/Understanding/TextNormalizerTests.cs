using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Tests.Understanding;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Œuvre ÉLÉMENTAIRE à Ærø", "oeuvre elementaire a aero")]
    [InlineData("Sèvremoine, Montrevault-sur-Èvre", "sevremoine montrevault sur evre")]
    [InlineData("Chloro'Fil", "chloro fil")]
    [InlineData("Chloro’Fil", "chloro fil")]
    [InlineData("Chloroʼfil", "chloro fil")]
    [InlineData("Lys-Haut-Layon", "lys haut layon")]
    [InlineData("groupe_de__travail  !!  (financement)", "groupe de travail financement")]
    [InlineData("  Qui s'occupe du Vihierois ?  ", "qui s occupe du vihierois")]
    public void Case_accents_ligatures_and_punctuation_are_folded_to_single_spaces(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Fold(text));

    [Theory]
    [InlineData("Cyb@njou", "cybanjou")]
    [InlineData("CYB@NJOU !", "cybanjou")]
    [InlineData("le boc@l de Chemillé", "le bocal de chemille")]
    [InlineData("écrire à @ quelqu'un", "ecrire a quelqu un")]
    public void An_at_sign_inside_a_word_is_the_letter_a(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Fold(text));

    [Theory]
    [InlineData("CPAM 49", "cpam 49")]
    [InlineData("GTN49, 2023-2025", "gtn49 2023 2025")]
    public void Digits_are_kept(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Fold(text));

    [Theory]
    [InlineData("Chloro'Fil", "chlorofil")]
    [InlineData("Biblio Pôle", "bibliopole")]
    [InlineData("BiblioPôle", "bibliopole")]
    public void Compact_joins_the_words_so_internal_punctuation_does_not_matter(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Compact(text));

    [Fact]
    public void Each_word_points_back_to_its_span_in_the_original_text()
    {
        const string question = "Qui s'occupe de Cyb@njou à Candé ?";

        var tokens = TextNormalizer.Tokenize(question);

        Assert.Equal(["qui", "s", "occupe", "de", "cybanjou", "a", "cande"], tokens.Select(t => t.Text));
        var cybanjou = tokens[4];
        Assert.Equal("Cyb@njou", question.Substring(cybanjou.Start, cybanjou.Length));
        Assert.Equal("Candé", question.Substring(tokens[6].Start, tokens[6].Length));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ?! … ")]
    public void Text_without_words_folds_to_nothing(string? text)
    {
        Assert.Equal("", TextNormalizer.Fold(text));
        Assert.Empty(TextNormalizer.Tokenize(text));
    }
}
