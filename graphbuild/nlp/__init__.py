"""Extraction: rules and lexicons on ``spacy.blank`` pipelines, as a chain of small stages.

=====================  ==========================================================
module                 job
=====================  ==========================================================
``pipeline``           the spaCy pipeline of a language (tokenizer fixes, NORM,
                       proclitics, sentences), from its profile
``tagger``             lexicon hits (PhraseMatcher on NORM), month names and dates
``mentions``           the frozen mention values (agency, title, name spans)
``agencies``           agency phrases (head-initial or head-final grammar)
``titles``             title phrases and the agencies they name or imply
``names``              person names next to titles (the profile's name shape)
``entities``           the entity table: records, merging, the builder the next
                       two modules write into, frozen for later stages
``officials``          officials, agencies and countries of an article (binding
                       titles to names, agencies outside titles)
``resolution``         in-article resolution (surnames, implied ministries,
                       surname- and title-only mentions, parent bodies)
``values``             Ref, Part, PendingRelation
``discourse``          Discourse state and the views a relation handler sees
``quotes``             quotations and reported clauses
``relations``          the relation registry (cue class → handler) and one module
                       per relation type: ``met_with``, ``member_of``, ``said``
``assemble``           ids, de-duplication, the Extraction
``extract``            the stages in order (:func:`~.extract.extract_article`)
``normalize``          old import path of :mod:`graphbuild.text`
=====================  ==========================================================

Language data (words, patterns, properties) lives in ``graphbuild/lang/<code>/``;
no module here holds a word of a language.
"""
