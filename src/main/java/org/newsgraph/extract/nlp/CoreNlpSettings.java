package org.newsgraph.extract.nlp;

import java.util.Properties;
import org.newsgraph.extract.text.Language;

/** CoreNLP properties per language: a cheap tokenizer pipeline and the model pipeline that runs on its output. */
final class CoreNlpSettings {
    private CoreNlpSettings() {
    }

    static Properties tokenizer(Language language) {
        Properties p = new Properties();
        p.setProperty("annotators", language == Language.de ? "tokenize,ssplit,mwt" : "tokenize,ssplit");
        p.setProperty("tokenize.language", language.name());
        // keep "Kim Jong-uns", "Hamas-Chef" and "Russland-Besuch" whole: split, "uns" would become a pronoun
        p.setProperty("tokenize.options", "splitHyphenated=false,invertible=true,untokenizable=noneKeep");
        p.setProperty("ssplit.isOneSentence", "true");
        if (language == Language.de) {
            p.setProperty("tokenize.postProcessor", "edu.stanford.nlp.international.german.process.GermanTokenizerPostProcessor");
            p.setProperty("mwt.mappingFile", "edu/stanford/nlp/models/mwt/german/german-mwt.tsv");
        }
        return p;
    }

    static Properties parser(Language language) {
        Properties p = new Properties();
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        if (language == Language.de) {
            p.setProperty("annotators", "pos,ner,depparse");
            p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/german-ud.tagger");
            p.setProperty("ner.model", "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz");
            p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/UD_German.gz");
            p.setProperty("depparse.language", "german");
        } else {
            p.setProperty("annotators", "pos,lemma,ner,depparse");
            p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        }
        return p;
    }
}
