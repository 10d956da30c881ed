package org.newsgraph.extract.nlp;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.newsgraph.extract.text.Language;

/** CoreNLP properties per language: a cheap tokenizer pipeline and the model pipeline that runs on its output. */
final class CoreNlpSettings {
    private CoreNlpSettings() {
    }

    static Properties tokenizer(Language language) {
        Map<String, String> p = new HashMap<>();
        p.put("annotators", language == Language.de ? "tokenize,ssplit,mwt" : "tokenize,ssplit");
        p.put("tokenize.language", language.name());
        // keep "Kim Jong-uns", "Hamas-Chef" and "Russland-Besuch" whole: split, "uns" would become a pronoun
        p.put("tokenize.options", "splitHyphenated=false,invertible=true,untokenizable=noneKeep");
        p.put("ssplit.isOneSentence", "true");
        if (language == Language.de) {
            p.put("tokenize.postProcessor", "edu.stanford.nlp.international.german.process.GermanTokenizerPostProcessor");
            p.put("mwt.mappingFile", "edu/stanford/nlp/models/mwt/german/german-mwt.tsv");
        }
        return Backbone.properties(p);
    }

    static Properties parser(Language language) {
        Map<String, String> p = new HashMap<>();
        p.put("ner.applyNumericClassifiers", "false");
        p.put("ner.applyFineGrained", "false");
        p.put("ner.useSUTime", "false");
        p.put("ner.buildEntityMentions", "false");
        if (language == Language.de) {
            p.put("annotators", "pos,ner,depparse");
            p.put("pos.model", "edu/stanford/nlp/models/pos-tagger/german-ud.tagger");
            p.put("ner.model", "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz");
            p.put("depparse.model", "edu/stanford/nlp/models/parser/nndep/UD_German.gz");
            p.put("depparse.language", "german");
        } else {
            p.put("annotators", "pos,lemma,ner,depparse");
            p.put("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        }
        return Backbone.properties(p);
    }
}
