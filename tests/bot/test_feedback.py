"""Clients' votes through the real API on the real ingested corpus: stored with the answer type and cited sections,
one per answer, accepted by any instance of the deployment, refused for ids it never issued."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr, ValidationError

from aftercare.settings import Settings
from bot.feedback.store import FeedbackStore, Vote
from bot.web.api import create_app

SECRET = "a-deployment-secret-shared-by-every-machine-0123456789"
MAKEUP = "When can I wear makeup again?"


def settings_for(corpus_index, tmp_path: Path, **extra: object) -> Settings:
    update = {"feedback_database_url": f"sqlite:///{tmp_path / 'votes' / 'feedback.sqlite3'}",
              "secret_file": tmp_path / "secret_key", **extra}
    return corpus_index.settings.model_copy(update=update)


@pytest.fixture()
def settings(corpus_index, tmp_path: Path) -> Settings:
    return settings_for(corpus_index, tmp_path)


@pytest.fixture()
def api(settings: Settings, service) -> Iterator[TestClient]:
    with TestClient(create_app(settings, state=service)) as client:
        yield client


def ask(client: TestClient, question: str = MAKEUP) -> dict:
    response = client.post("/v1/answer", json={"question": question})
    assert response.status_code == 200, response.text
    return response.json()


def vote(client: TestClient, request_id: str, helpful: bool = True, comment: str | None = None):
    return client.post("/v1/feedback", json={"request_id": request_id, "helpful": helpful, "comment": comment})


def stored(settings: Settings) -> list[Vote]:
    return FeedbackStore(settings.feedback_database_url).votes()


def test_a_vote_is_recorded_with_the_answer_type_and_the_sections_it_cited(api: TestClient, settings: Settings) -> None:
    answer = ask(api)
    response = vote(api, answer["request_id"], helpful=True)
    assert (response.status_code, response.json()) == (201, {"status": "recorded"})
    [kept] = stored(settings)
    cited = list(dict.fromkeys((c["doc_id"], c["section"]) for c in answer["citations"]))
    assert (kept.helpful, kept.answered.answer_type, [(c.doc_id, c.section) for c in kept.answered.cited],
            kept.comment, kept.answered.question) == (True, "answer", cited, None, None)


def test_a_comment_cut_in_half_an_emoji_is_recorded_without_the_half(api: TestClient, settings: Settings) -> None:
    answer = ask(api)
    body = '{"request_id": "%s", "helpful": false, "comment": "not what I asked \\ud83d"}' % answer["request_id"]
    response = api.post("/v1/feedback", content=body.encode(), headers={"content-type": "application/json"})
    assert response.status_code == 201
    assert [v.comment for v in stored(settings)] == ["not what I asked"]


def test_a_second_vote_with_a_comment_is_refused_and_leaves_the_first_as_it_was(api: TestClient, settings: Settings) -> None:
    answer = ask(api)
    assert vote(api, answer["request_id"], helpful=True).status_code == 201
    second = vote(api, answer["request_id"], helpful=False, comment="call me on 07700 900123 " * 30)
    assert (second.status_code, second.json()["error"]["code"]) == (409, "already_voted")
    assert [(v.helpful, v.comment) for v in stored(settings)] == [(True, None)]


def test_a_feedback_body_sent_as_another_content_type_is_told_what_to_send(api: TestClient) -> None:
    response = api.post("/v1/feedback", content=b'{"request_id": "x", "helpful": true}', headers={"content-type": "text/plain"})
    assert response.json()["error"]["message"] == ('body: Content-Type must be application/json (got text/plain); '
                                                   'send a JSON object such as {"request_id": "...", "helpful": true}')


def test_the_database_file_is_created_on_the_first_vote_and_private(api: TestClient, settings: Settings,
                                                                    tmp_path: Path) -> None:
    database = tmp_path / "votes" / "feedback.sqlite3"
    answer = ask(api)
    assert not database.exists()
    vote(api, answer["request_id"])
    assert stat.S_IMODE(database.stat().st_mode) == 0o600


def test_an_escalation_and_a_no_answer_are_voted_on_with_their_types(api: TestClient, settings: Settings) -> None:
    for question in ("there's yellow pus coming out of my cheek and I have a fever", "How much does a session cost?"):
        assert vote(api, ask(api, question)["request_id"], helpful=False).status_code == 201
    assert [(v.answered.answer_type, v.answered.cited, v.helpful) for v in stored(settings)] == [
        ("escalation", (), False), ("no_answer", (), False)]


def test_an_acknowledgement_is_voted_on_with_its_type(api: TestClient, settings: Settings) -> None:
    assert vote(api, ask(api, "ok thanks!")["request_id"]).status_code == 201
    assert [v.answered.answer_type for v in stored(settings)] == ["acknowledgement"]


def test_a_second_vote_on_the_same_answer_is_refused_with_409(api: TestClient, settings: Settings) -> None:
    request_id = ask(api)["request_id"]
    assert vote(api, request_id, helpful=True).status_code == 201
    second = vote(api, request_id, helpful=False)
    assert (second.status_code, second.json()["error"]["code"]) == (409, "already_voted")
    assert [v.helpful for v in stored(settings)] == [True]


@pytest.mark.parametrize("request_id", ["0123456789abcdef0123456789abcdef", "not-an-id", "x" * 4096])
def test_a_request_id_this_deployment_never_issued_is_404(api: TestClient, request_id: str) -> None:
    response = vote(api, request_id)
    assert (response.status_code, response.json()["error"]["code"]) == (404, "unknown_request_id")


def test_a_request_id_altered_by_the_client_is_404(api: TestClient) -> None:
    request_id = ask(api)["request_id"]
    payload, signature = request_id.rsplit(".", 1)
    altered = payload[:-1] + ("A" if payload[-1] != "A" else "B") + "." + signature
    assert vote(api, altered).status_code == 404


def test_a_request_id_signed_by_another_deployment_is_404(corpus_index, service, settings: Settings,
                                                          tmp_path: Path) -> None:
    other = settings.model_copy(update={"secret_key": SecretStr(SECRET)})
    with TestClient(create_app(other, state=service)) as elsewhere:
        request_id = ask(elsewhere)["request_id"]
    with TestClient(create_app(settings, state=service)) as here:
        assert vote(here, request_id).status_code == 404


def test_any_instance_sharing_the_secret_accepts_a_vote_on_another_instance_s_answer(service, settings: Settings) -> None:
    shared = settings.model_copy(update={"secret_key": SecretStr(SECRET)})
    with TestClient(create_app(shared, state=service)) as first, TestClient(create_app(shared, state=service)) as second:
        request_id = ask(first)["request_id"]
        assert vote(second, request_id).status_code == 201
        assert vote(first, request_id).status_code == 409


def test_workers_of_one_machine_share_the_secret_generated_once_into_a_private_file(service, settings: Settings) -> None:
    with TestClient(create_app(settings, state=service)) as first, TestClient(create_app(settings, state=service)) as second:
        assert vote(second, ask(first)["request_id"]).status_code == 201
    assert stat.S_IMODE(settings.secret_file.stat().st_mode) == 0o600
    assert len(settings.secret_file.read_text().strip()) >= 32


@pytest.mark.parametrize("body", [
    {"request_id": "x", "comment": None},  # helpful missing
    {"request_id": "x", "helpful": "yes"},
    {"request_id": "x", "helpful": 1},
    {"request_id": 5, "helpful": True},
    {"request_id": "", "helpful": True},
    {"request_id": "x" * 4097, "helpful": True},
    {"request_id": "x", "helpful": True, "rating": 5},
    {"request_id": "x", "helpful": True, "comment": 5},
], ids=["no-helpful", "helpful-string", "helpful-number", "id-number", "id-empty", "id-too-long", "unknown-field",
        "comment-number"])
def test_a_bad_body_is_422(api: TestClient, body: dict) -> None:
    response = api.post("/v1/feedback", json=body)
    assert (response.status_code, response.json()["error"]["code"]) == (422, "invalid_request")


def test_a_comment_over_1000_characters_is_422_and_nothing_is_kept(api: TestClient, settings: Settings) -> None:
    response = vote(api, ask(api)["request_id"], comment="x" * 1001)
    assert response.status_code == 422
    assert response.json()["error"]["message"] == "comment: String should have at most 1000 characters"
    assert stored(settings) == []


def test_a_body_that_is_not_json_is_422(api: TestClient) -> None:
    response = api.post("/v1/feedback", content=b"helpful=yes", headers={"content-type": "application/json"})
    assert response.status_code == 422


def test_the_comment_is_kept_with_personal_details_redacted(api: TestClient, settings: Settings) -> None:
    comment = "Didn't say how long. I'm Jane Doe, call me on 07700 900123"
    vote(api, ask(api)["request_id"], helpful=False, comment=comment)
    assert [v.comment for v in stored(settings)] == ["Didn't say how long. I'm [name], call me on [phone]"]


def test_a_blank_comment_is_kept_as_none(api: TestClient, settings: Settings) -> None:
    vote(api, ask(api)["request_id"], comment=" \n ")
    assert [v.comment for v in stored(settings)] == [None]


def test_the_question_is_not_kept_nor_carried_in_the_request_id_by_default(api: TestClient, settings: Settings) -> None:
    question = "When can I wear makeup again? I'm Jane Doe"
    request_id = ask(api, question)["request_id"]
    vote(api, request_id)
    assert [v.answered.question for v in stored(settings)] == [None]
    assert len(request_id) < 400


def test_the_question_is_kept_redacted_only_when_the_clinic_opts_in(corpus_index, service, tmp_path: Path) -> None:
    settings = settings_for(corpus_index, tmp_path, feedback_question_text=True)
    with TestClient(create_app(settings, state=service)) as client:
        vote(client, ask(client, "When can I wear makeup again? I'm Jane Doe, jane@example.com")["request_id"])
    assert [v.answered.question for v in stored(settings)] == ["When can I wear makeup again? I'm [name], [email]"]


def test_an_unreachable_database_is_503_and_the_answer_path_still_works(corpus_index, service, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    settings = settings_for(corpus_index, tmp_path, feedback_database_url=f"sqlite:///{blocker / 'feedback.sqlite3'}")
    with TestClient(create_app(settings, state=service)) as client:
        response = vote(client, ask(client)["request_id"])
    assert (response.status_code, response.json()["error"]["code"]) == (503, "feedback_unavailable")


def test_a_database_url_that_is_not_one_is_refused_at_start_with_what_to_use() -> None:
    with pytest.raises(ValidationError, match="must be a database URL such as sqlite:///data/feedback.sqlite3"):
        Settings(feedback_database_url="data/feedback.sqlite3")


def test_a_short_secret_key_is_refused_with_how_to_make_one() -> None:
    with pytest.raises(ValidationError, match="must be at least 32 characters; generate one with"):
        Settings(secret_key="short")


def test_the_feedback_endpoint_is_in_the_api_docs_with_its_errors(client: TestClient) -> None:
    operation = client.get("/openapi.json").json()["paths"]["/v1/feedback"]["post"]
    assert sorted(operation["responses"]) == ["201", "404", "409", "422", "503"]
