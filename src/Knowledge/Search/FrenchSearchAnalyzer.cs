using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pattern;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Mednum49.Knowledge.Search;

/// <summary>
/// The French analysis chain, the same instance for indexing and querying:
/// StandardTokenizer → ElisionFilter (l', d', qu'…) → WordDelimiterFilter → LowerCaseFilter → SynonymFilter
/// → StopFilter → FrenchLightStemFilter → ASCIIFoldingFilter.
/// </summary>
/// <remarks>
/// Synonyms run before stop words and stemming, or they would never match; each synonym is registered with
/// and without accents because folding only happens at the end. The word delimiter makes names with
/// internal punctuation or capitals findable however they are typed ("Chloro'Fil" → chloro, fil, chlorofil;
/// "BiblioPôle" → biblio, pôle, bibliopôle), and a char filter reads "Cyb@njou" as "Cybanjou".
/// </remarks>
internal sealed class FrenchSearchAnalyzer(SynonymMap? synonyms) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private const WordDelimiterFlags DelimiterFlags =
        WordDelimiterFlags.GENERATE_WORD_PARTS | WordDelimiterFlags.GENERATE_NUMBER_PARTS | WordDelimiterFlags.CATENATE_WORDS
        | WordDelimiterFlags.SPLIT_ON_CASE_CHANGE | WordDelimiterFlags.PRESERVE_ORIGINAL;

    // Compiled: every search reads the question through it.
    private static readonly Regex AtSignInWord = new(@"(\p{L})@(\p{L})", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Lucene's French stop words, plus the words of a question that say nothing about its subject.</summary>
    private static readonly CharArraySet StopWords = CreateStopWords();

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new PatternReplaceCharFilter(AtSignInWord, "$1a$2", reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new WordDelimiterFilter(Version, stream, DelimiterFlags, null);
        stream = new LowerCaseFilter(Version, stream);
        if (synonyms is not null)
        {
            stream = new SynonymFilter(stream, synonyms, ignoreCase: true);
        }

        stream = new StopFilter(Version, stream, StopWords);
        stream = new FrenchLightStemFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /// <summary>Builds the synonym map, each term tokenised as the chain sees it at the synonym step.</summary>
    public static SynonymMap? BuildSynonyms(SynonymGroups groups)
    {
        if (groups.Groups.Count == 0)
        {
            return null;
        }

        using var words = NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            return new TokenStreamComponents(source, new LowerCaseFilter(Version, new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES)));
        });

        var builder = new SynonymMap.Builder(dedup: true);
        var added = false;
        foreach (var group in groups.Groups)
        {
            var terms = group.Select(t => Words(words, t)).Where(w => w.Length > 0).ToList();
            for (var i = 0; i < terms.Count; i++)
            {
                for (var j = 0; j < terms.Count; j++)
                {
                    if (i == j)
                    {
                        continue;
                    }

                    var output = SynonymMap.Builder.Join(terms[j], new CharsRef());
                    builder.Add(SynonymMap.Builder.Join(terms[i], new CharsRef()), output, includeOrig: true);
                    var folded = terms[i].Select(Fold).ToArray();
                    if (!folded.SequenceEqual(terms[i]))
                    {
                        builder.Add(SynonymMap.Builder.Join(folded, new CharsRef()), output, includeOrig: true);
                    }

                    added = true;
                }
            }
        }

        return added ? builder.Build() : null;
    }

    private static string[] Words(Analyzer analyzer, string text)
    {
        var words = new List<string>();
        using var stream = analyzer.GetTokenStream("synonym", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }

        stream.End();
        return [.. words];
    }

    private static string Fold(string word)
    {
        var input = word.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }

    private static CharArraySet CreateStopWords()
    {
        var stopWords = new CharArraySet(Version, FrenchAnalyzer.DefaultStopSet, ignoreCase: true);
        string[] questionWords =
        [
            "a", "où", "ou", "quoi", "comment", "combien", "pourquoi", "quand", "qu'est", "est-ce", "c'est", "il", "t", "y",
            "occupe", "occupent", "existe", "existent", "trouver", "trouve", "cherche", "chercher", "faut", "peut",
            "peuvent", "puis", "pouvez", "pourriez", "voudrais", "aimerais", "souhaite", "savoir", "connaître",
            "connaitre", "dire", "représente", "représentent", "compose", "composent", "gère", "gèrent",
            "présent", "présente", "présents", "présentes", "contacter", "joindre", "svp", "stp", "bonjour", "merci",
        ];
        foreach (var word in questionWords)
        {
            stopWords.Add(word);
        }

        return stopWords.AsReadOnly();
    }
}
