"""ketacli: answers questions about ketamine and esketamine for depression from a curated FAQ.

Library use, without the command line:

    from ketacli import load_faq
    from ketacli.ask import answer

    faq = load_faq()                    # or load_faq("my-faq.json")
    result = answer(faq, "is it addictive?")
"""

from ketacli.faq import Caveat, CrisisResource, Entry, Faq, FaqError, Topic, load_faq

__version__ = "0.1.0"

__all__ = ["Caveat", "CrisisResource", "Entry", "Faq", "FaqError", "Topic", "__version__", "load_faq"]
