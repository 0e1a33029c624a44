/*
 * The token filters of Elasticsearch's analysis-common module that search/analysis.py uses, for the
 * test server of scripts/search_server.py (SEARCH_ENGINE=elasticsearch).
 *
 * Why it exists: the only Elasticsearch distribution on Maven Central, the integ-test zip, carries
 * none of the analysis-common module (no stemmer, asciifolding, edge_ngram, ...), so the site's
 * index settings are refused there. Each factory registers a filter type under analysis-common's
 * name and parameters and wraps the same Lucene class from the zip's own Lucene jars, so tokens are
 * those of a full distribution. Only Lucene's filters belong here: anything else would make the
 * test server analyse differently from production.
 *
 * A filter type or stemmer language the site starts to use must be added here (the index creation
 * fails with "Unknown filter type" or "stemmer language [...]" until it is).
 */
package eu.clusterpolisee.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.bg.BulgarianStemFilter;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.cz.CzechStemFilter;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.el.GreekStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ga.IrishLowerCaseFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sr.SerbianNormalizationFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.tartarus.snowball.ext.HungarianStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import static org.elasticsearch.plugins.AnalysisPlugin.requiresAnalysisSettings;

public class SiteAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        Map<String, AnalysisProvider<TokenFilterFactory>> filters = new TreeMap<>();
        filters.put("asciifolding", AsciiFolding::new);
        filters.put("dictionary_decompounder", requiresAnalysisSettings(DictionaryDecompounder::new));
        filters.put("edge_ngram", EdgeNGram::new);
        filters.put("elision", requiresAnalysisSettings(Elision::new));
        filters.put("german_normalization", (indexSettings, env, name, settings) -> new Normalizing(name, settings, GermanNormalizationFilter::new));
        filters.put("lowercase", LowerCase::new);
        filters.put("serbian_normalization", (indexSettings, env, name, settings) -> new Normalizing(name, settings, SerbianNormalizationFilter::new));
        filters.put("stemmer", Stemmer::new);
        filters.put("truncate", requiresAnalysisSettings(Truncate::new));
        return filters;
    }

    // The filters the site names without defining them, as analysis-common pre-configures them.
    @Override
    public List<PreConfiguredTokenFilter> getPreConfiguredTokenFilters() {
        return List.of(
            PreConfiguredTokenFilter.singleton("asciifolding", true, ASCIIFoldingFilter::new),
            PreConfiguredTokenFilter.singleton("german_normalization", true, GermanNormalizationFilter::new)
        );
    }

    /** A parameterless filter that also applies to normalisation (prefix, wildcard and fuzzy query terms). */
    static class Normalizing extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
        private final UnaryOperator<TokenStream> filter;

        Normalizing(String name, Settings settings, UnaryOperator<TokenStream> filter) {
            super(name, settings);
            this.filter = filter;
        }

        @Override
        public TokenStream create(TokenStream tokenStream) {
            return filter.apply(tokenStream);
        }
    }

    static class AsciiFolding extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
        private final boolean preserveOriginal;

        AsciiFolding(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name, settings);
            preserveOriginal = settings.getAsBoolean("preserve_original", false);
        }

        @Override
        public TokenStream create(TokenStream tokenStream) {
            return new ASCIIFoldingFilter(tokenStream, preserveOriginal);
        }

        @Override
        public TokenStream normalize(TokenStream tokenStream) {
            // A normalised term is a single token.
            return new ASCIIFoldingFilter(tokenStream, false);
        }
    }

    static class LowerCase extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
        private final String language;

        LowerCase(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name, settings);
            language = settings.get("language", null);
        }

        @Override
        public TokenStream create(TokenStream tokenStream) {
            if (language == null) {
                return new LowerCaseFilter(tokenStream);
            } else if (language.equalsIgnoreCase("greek")) {
                return new GreekLowerCaseFilter(tokenStream);
            } else if (language.equalsIgnoreCase("irish")) {
                return new IrishLowerCaseFilter(tokenStream);
            } else if (language.equalsIgnoreCase("turkish")) {
                return new TurkishLowerCaseFilter(tokenStream);
            }
            throw new IllegalArgumentException("language [" + language + "] not support for lower case");
        }
    }

    static class Elision extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
        private final CharArraySet articles;

        Elision(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name, settings);
            // articles, articles_path and articles_case, read by the server's own parser.
            articles = Analysis.parseArticles(env, settings);
            if (articles == null) {
                throw new IllegalArgumentException("elision filter requires [articles] or [articles_path] setting");
            }
        }

        @Override
        public TokenStream create(TokenStream tokenStream) {
            return new ElisionFilter(tokenStream, articles);
        }
    }

    // analysis-common's DictionaryCompoundWordTokenFilterFactory (word_list or word_list_path, sizes, only_longest_match).
    static class DictionaryDecompounder extends AbstractTokenFilterFactory {
        private final CharArraySet wordList;
        private final int minWordSize;
        private final int minSubwordSize;
        private final int maxSubwordSize;
        private final boolean onlyLongestMatch;

        DictionaryDecompounder(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name, settings);
            minWordSize = settings.getAsInt("min_word_size", CompoundWordTokenFilterBase.DEFAULT_MIN_WORD_SIZE);
            minSubwordSize = settings.getAsInt("min_subword_size", CompoundWordTokenFilterBase.DEFAULT_MIN_SUBWORD_SIZE);
            maxSubwordSize = settings.getAsInt("max_subword_size", CompoundWordTokenFilterBase.DEFAULT_MAX_SUBWORD_SIZE);
            onlyLongestMatch = settings.getAsBoolean("only_longest_match", false);
            wordList = Analysis.getWordSet(env, settings, "word_list");
            if (wordList == null) {
                throw new IllegalArgumentException("word_list must be provided for [" + name + "], either as a path to a file, or directly");
            }
        }

        @Override
        public TokenStream create(TokenStream tokenStream) {
            return new DictionaryCompoundWordTokenFilter(tokenStream, wordList, minWordSize, minSubwordSize, maxSubwordSize, onlyLongestMatch);
        }
    }

    static class Truncate extends AbstractTokenFilterFactory {
        private final int length;

        Truncate(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name, settings);
            length = settings.getAsInt("length", -1);
            if (length <= 0) {
                throw new IllegalArgumentException("length parameter must be provided");
            }
        }

        @Override
        public TokenStream create(TokenStream tokenStream) {
            return new TruncateTokenFilter(tokenStream, length);
        }
    }

    static class EdgeNGram extends AbstractTokenFilterFactory {
        private final int minGram;
        private final int maxGram;
        private final boolean back;
        private final boolean preserveOriginal;

        EdgeNGram(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name, settings);
            minGram = settings.getAsInt("min_gram", 1);
            maxGram = settings.getAsInt("max_gram", 2);
            String side = settings.get("side", "front");
            if (side.equals("front") == false && side.equals("back") == false) {
                throw new IllegalArgumentException("invalid side: " + side);
            }
            back = side.equals("back");
            preserveOriginal = settings.getAsBoolean("preserve_original", false);
        }

        @Override
        public TokenStream create(TokenStream tokenStream) {
            // side=back: grams of the reversed token, reversed again (as analysis-common does).
            TokenStream result = back ? new ReverseStringFilter(tokenStream) : tokenStream;
            result = new EdgeNGramTokenFilter(result, minGram, maxGram, preserveOriginal);
            return back ? new ReverseStringFilter(result) : result;
        }

        @Override
        public boolean breaksFastVectorHighlighter() {
            return true;
        }

        @Override
        public TokenFilterFactory getSynonymFilter() {
            throw new IllegalArgumentException("Token filter [" + name() + "] cannot be used to parse synonyms");
        }
    }

    static class Stemmer extends AbstractTokenFilterFactory {
        // analysis-common's StemmerTokenFilterFactory, for the languages search/analysis.py names
        // (matched ignoring case, with its camel-case aliases).
        private static final Map<String, UnaryOperator<TokenStream>> LANGUAGES = Map.ofEntries(
            Map.entry("porter", PorterStemFilter::new),
            Map.entry("english", PorterStemFilter::new),
            Map.entry("possessive_english", EnglishPossessiveFilter::new),
            Map.entry("possessiveenglish", EnglishPossessiveFilter::new),
            Map.entry("bulgarian", BulgarianStemFilter::new),
            Map.entry("czech", CzechStemFilter::new),
            Map.entry("light_german", GermanLightStemFilter::new),
            Map.entry("lightgerman", GermanLightStemFilter::new),
            Map.entry("greek", GreekStemFilter::new),
            Map.entry("hungarian", ts -> new SnowballFilter(ts, new HungarianStemmer())),
            Map.entry("light_italian", ItalianLightStemFilter::new),
            Map.entry("lightitalian", ItalianLightStemFilter::new),
            Map.entry("romanian", ts -> new SnowballFilter(ts, new RomanianStemmer()))
        );

        private final UnaryOperator<TokenStream> stemmer;

        Stemmer(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name, settings);
            String language = settings.get("language", settings.get("name", "porter"));
            stemmer = LANGUAGES.get(language.toLowerCase(Locale.ROOT));
            if (stemmer == null) {
                throw new IllegalArgumentException(
                    "stemmer language [" + language + "] is not in the test server's analysis plugin "
                        + "(scripts/elasticsearch-analysis); it has " + new TreeMap<>(LANGUAGES).keySet()
                );
            }
        }

        @Override
        public TokenStream create(TokenStream tokenStream) {
            return stemmer.apply(tokenStream);
        }
    }
}
