"""The review app: analysts check every record against its evidence and correct it.

Server-rendered pages (FastAPI + Jinja2, autoescaped) with one small script of
our own; every asset is served by the app. Article text is hostile input: it
is only ever escaped into the page, and every response carries a strict
Content-Security-Policy (no inline script or style at all).

Security model: signed session cookie (HttpOnly, SameSite=Lax) holding the
user name and a CSRF token; every POST must carry that token (form field
``csrf`` or header ``X-CSRF-Token``) or it is refused with 403; anonymous
users are sent to the login page; admin pages need the admin role.
"""

from __future__ import annotations

import hmac
import secrets
import tempfile
from pathlib import Path
from urllib.parse import quote, urlencode

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import select
from starlette.middleware.sessions import SessionMiddleware

from wirecoder.schema import INCIDENT_TYPES, STAGES, WEAPON_TYPES
from wirecoder.store import Store
from wirecoder.store import review as rv
from wirecoder.store.db import incidents
from wirecoder.store.merge import MergeError, merge_incidents, split_incident
from wirecoder.web import auth
from wirecoder.web.render import (FIELD_CLASS, MAP_H, MAP_W, country_paths, field_class, field_path, project,
                                  segments, timeline)

HERE = Path(__file__).parent
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
PAGE = 50
FILTERS = ("q", "since", "until", "country", "type", "group", "status")


class Redirect(Exception):
    def __init__(self, url: str):
        self.url = url


class Forbidden(Exception):
    def __init__(self, message: str = "forbidden"):
        self.message = message


def create_app(db_url: str) -> FastAPI:
    store = Store.open(db_url)
    rv.ensure_review_schema(store)
    auth.ensure_users(store)
    app = FastAPI(title="wirecoder review", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.store = store
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env = templates.env
    env.filters["q"] = lambda s: quote(str(s), safe="")
    env.globals.update(FIELD_CLASS=FIELD_CLASS, field_class=field_class, field_path=field_path,
                       INCIDENT_TYPES=INCIDENT_TYPES, STAGES=STAGES, WEAPON_TYPES=WEAPON_TYPES,
                       STATUSES=rv.REVIEW_STATUSES)

    app.add_middleware(SessionMiddleware, secret_key=auth.session_secret(store), session_cookie="wirecoder_session",
                       same_site="lax", https_only=False, max_age=12 * 3600)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "same-origin"
        if not request.url.path.startswith("/static/"):
            response.headers["Cache-Control"] = "no-store"
        return response

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.exception_handler(Redirect)
    async def _redirect(request: Request, exc: Redirect):
        return RedirectResponse(exc.url, status_code=303)

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, exc: Forbidden):
        return page(request, "error.html", {"message": exc.message}, status=403)

    # ------------------------------------------------------------ helpers
    def csrf_token(request: Request) -> str:
        tok = request.session.get("csrf")
        if not tok:
            tok = secrets.token_urlsafe(32)
            request.session["csrf"] = tok
        return tok

    def page(request: Request, name: str, ctx: dict, status: int = 200) -> HTMLResponse:
        ctx = {"request": request, "csrf": csrf_token(request), "user": request.session.get("user"),
               "role": request.session.get("role"), "flash": request.session.pop("flash", None), **ctx}
        return templates.TemplateResponse(request, name, ctx, status_code=status)

    def user_of(request: Request, admin: bool = False) -> str:
        name = request.session.get("user")
        u = auth.get_user(store, name) if name else None
        if u is None:
            request.session.pop("user", None)
            nxt = request.url.path + (("?" + request.url.query) if request.url.query else "")
            raise Redirect("/login?" + urlencode({"next": nxt}))
        if admin and u["role"] != "admin":
            raise Forbidden("this page is for admins")
        return u["name"]

    async def form_of(request: Request) -> dict:
        """The POSTed form, refused unless it carries the session's CSRF token."""
        form = await request.form()
        sent = form.get("csrf") or request.headers.get("x-csrf-token") or ""
        tok = request.session.get("csrf") or ""
        if not tok or not hmac.compare_digest(str(sent), tok):
            raise Forbidden("the form's CSRF token is missing or wrong: reload the page and try again")
        return {k: v for k, v in form.items() if isinstance(v, str)}

    def safe_next(nxt: str | None) -> str:
        if nxt and nxt.startswith("/") and not nxt.startswith("//") and "\\" not in nxt:
            return nxt
        return "/incidents"

    def incident_url(incident_id: str, anchor: str = "") -> str:
        return "/incident?" + urlencode({"id": incident_id}) + (f"#{anchor}" if anchor else "")

    # ------------------------------------------------------------ login
    @app.get("/login", response_class=HTMLResponse)
    async def login_form(request: Request, next: str = "/incidents"):
        return page(request, "login.html", {"next": safe_next(next), "error": None})

    @app.post("/login")
    async def login(request: Request):
        form = await form_of(request)
        u = auth.authenticate(store, form.get("name", ""), form.get("password", ""))
        if u is None:
            return page(request, "login.html", {"next": safe_next(form.get("next")),
                                                "error": "wrong name or password"}, status=401)
        request.session.clear()
        request.session.update(user=u["name"], role=u["role"], csrf=secrets.token_urlsafe(32))
        return RedirectResponse(safe_next(form.get("next")), status_code=303)

    @app.post("/logout")
    async def logout(request: Request):
        await form_of(request)
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    # ------------------------------------------------------------ list
    @app.get("/")
    async def root(request: Request):
        user_of(request)
        return RedirectResponse("/incidents", status_code=303)

    def filters_of(request: Request) -> dict:
        f = {k: (request.query_params.get(k) or "").strip() for k in FILTERS}
        return {k: v for k, v in f.items() if v}

    @app.get("/incidents", response_class=HTMLResponse)
    async def incident_list(request: Request, sort: str = "date", dir: str = "desc", page_no: int = 1):
        user_of(request)
        f = filters_of(request)
        sort = sort if sort in rv.SORTS else "date"
        page_no = max(1, page_no)
        rows, total = rv.search_incidents(store, **f, sort=sort, desc=dir != "asc", limit=PAGE,
                                          offset=(page_no - 1) * PAGE)
        pages = max(1, -(-total // PAGE))

        def link(**over):
            params = {**f, "sort": sort, "dir": dir, "page_no": page_no, **over}
            return "/incidents?" + urlencode({k: v for k, v in params.items() if v not in (None, "")})
        return page(request, "list.html", {"rows": rows, "total": total, "f": f, "sort": sort, "dir": dir,
                                           "page_no": page_no, "pages": pages, "link": link})

    # ------------------------------------------------------------ one incident
    def incident_context(incident_id: str) -> dict:
        inc = rv.get_incident(store, incident_id)
        if inc is None:
            raise Forbidden(f"no incident {incident_id!r}")  # same page style; status set below
        fields = rv.field_rows(store, incident_id)
        docs = rv.source_documents(store, incident_id)
        for d in docs:
            spans = []
            for r in fields:
                if (r["doc_id"] or inc["doc_id"]) == d["doc_id"] and r["span_start"] is not None:
                    spans.append({"start": r["span_start"], "end": r["span_end"], "key": str(r["id"]),
                                  "cls": field_class(r["field"]), "label": r["field"]})
            if d["doc_id"] == inc["doc_id"]:
                for i, ev in enumerate(inc["record"].get("evidence") or []):
                    spans.append({"start": ev["span"][0], "end": ev["span"][1], "key": f"s{i}",
                                  "cls": "f-evidence", "label": "evidence sentence"})
            d["claims"] = [c for c in (d["record"] or {}).get("claims", [])
                           if not c.get("incident_ids") or incident_id in c["incident_ids"]]
            for i, c in enumerate(d["claims"]):
                for part in ("speaker", "content"):
                    sp = (c.get(part) or {}).get("span")
                    if sp:
                        spans.append({"start": sp[0], "end": sp[1], "key": f"c{i}{part[0]}", "cls": "f-claim",
                                      "label": f"claim {part}"})
            d["segments"] = segments(d["text"], spans)
        return {"inc": inc, "fields": fields, "docs": docs, "audit": rv.audit_log(store, incident_id),
                "merged": rv.merged_incidents(store, incident_id), "rec": inc["record"],
                "incident_url": incident_url}

    @app.get("/incident", response_class=HTMLResponse)
    async def incident_view(request: Request, id: str):
        user_of(request)
        if rv.get_incident(store, id) is None:
            return page(request, "error.html", {"message": f"no incident {id!r}"}, status=404)
        return page(request, "incident.html", incident_context(id))

    @app.post("/incident/field")
    async def field_action(request: Request):
        user = user_of(request)
        form = await form_of(request)
        incident_id = form.get("incident_id", "")
        span = None
        if form.get("span_start") and form.get("span_end"):
            try:
                span = (int(form["span_start"]), int(form["span_end"]))
            except ValueError:
                span = None
        try:
            rv.review_field(store, incident_id, int(form.get("field_id") or 0), form.get("action", ""), user,
                            value=form.get("value"), doc_id=form.get("doc_id") or None, span=span)
        except (rv.ReviewError, ValueError) as exc:
            request.session["flash"] = f"not saved: {exc}"
            return RedirectResponse(incident_url(incident_id), status_code=303)
        request.session["flash"] = f"{form.get('action')}: saved"
        return RedirectResponse(incident_url(incident_id, f"fv-{form.get('field_id')}"), status_code=303)

    @app.post("/incident/review")
    async def incident_action(request: Request):
        user = user_of(request)
        form = await form_of(request)
        incident_id = form.get("incident_id", "")
        try:
            rv.review_incident(store, incident_id, form.get("action", ""), user)
        except rv.ReviewError as exc:
            request.session["flash"] = f"not saved: {exc}"
        return RedirectResponse(incident_url(incident_id), status_code=303)

    # ------------------------------------------------------------ merge review
    @app.get("/incident/merge", response_class=HTMLResponse)
    async def merge_view(request: Request, id: str):
        user_of(request)
        inc = rv.get_incident(store, id)
        if inc is None:
            return page(request, "error.html", {"message": f"no incident {id!r}"}, status=404)
        return page(request, "merge.html", {"inc": inc, "merged": rv.merged_incidents(store, id),
                                            "docs": rv.source_documents(store, id), "incident_url": incident_url})

    @app.post("/incident/merge")
    async def merge_action(request: Request):
        user = user_of(request)
        form = await form_of(request)
        keep, other = form.get("incident_id", ""), form.get("other_id", "").strip()
        if not other or other == keep or rv.get_incident(store, other) is None:
            request.session["flash"] = f"not merged: no other incident {other!r}"
        else:
            try:
                merge_incidents(store, keep, other, user)
                request.session["flash"] = f"merged {other} into {keep}"
            except MergeError as exc:   # the merge module's reason; anything else is a bug and a 500
                request.session["flash"] = f"not merged: {exc}"
        return RedirectResponse("/incident/merge?" + urlencode({"id": keep}), status_code=303)

    @app.post("/incident/split")
    async def split_action(request: Request):
        user = user_of(request)
        form = await form_of(request)
        incident_id = form.get("incident_id", "")
        try:
            split_incident(store, incident_id, user)
            request.session["flash"] = f"split {incident_id}"
        except MergeError as exc:
            request.session["flash"] = f"not split: {exc}"
        back = form.get("back_id") or incident_id
        return RedirectResponse("/incident/merge?" + urlencode({"id": back}), status_code=303)

    # ------------------------------------------------------------ map and timeline
    @app.get("/map", response_class=HTMLResponse)
    async def map_view(request: Request):
        user_of(request)
        f = filters_of(request)
        rows, total = rv.search_incidents(store, **f, limit=5000, with_total=True)
        points = []
        for r in rows:
            if r["lat"] is not None and r["lon"] is not None:
                x, y = project(r["lon"], r["lat"])
                points.append({**r, "x": x, "y": y})
        return page(request, "map.html", {"countries": country_paths(), "points": points, "total": total,
                                          "shown": len(rows), "f": f, "W": MAP_W, "H": MAP_H})

    @app.get("/timeline", response_class=HTMLResponse)
    async def timeline_view(request: Request):
        user_of(request)
        q = select(incidents.c.date_value, incidents.c.type).where(incidents.c.merged_into.is_(None)) \
            .where(incidents.c.date_value.is_not(None))
        with store.engine.connect() as conn:
            rows = [(r[0], r[1]) for r in conn.execute(q)]
        return page(request, "timeline.html", {"tl": timeline(rows, INCIDENT_TYPES)})

    # ------------------------------------------------------------ export
    @app.get("/export")
    async def export_view(request: Request, format: str = "csv"):
        user_of(request)
        from wirecoder.store.export import FORMATS, export

        if format not in FORMATS:
            return page(request, "error.html", {"message": f"unknown format {format!r}"}, status=400)
        f = filters_of(request)
        filters = {k: f[k] for k in ("since", "until", "country", "type", "group") if k in f}
        tmp = Path(tempfile.mkdtemp(prefix="wirecoder-export-")) / f"incidents.{format}"
        export(store, format, tmp, **filters)
        return FileResponse(tmp, filename=tmp.name)

    # ------------------------------------------------------------ admin
    @app.get("/admin/users", response_class=HTMLResponse)
    async def users_view(request: Request):
        user_of(request, admin=True)
        return page(request, "users.html", {"users": auth.list_users(store), "roles": auth.ROLES})

    @app.post("/admin/users")
    async def users_add(request: Request):
        user_of(request, admin=True)
        form = await form_of(request)
        try:
            auth.add_user(store, form.get("name", ""), form.get("password", ""), form.get("role", "reviewer"))
            request.session["flash"] = f"user {form.get('name')} added"
        except auth.UserError as exc:
            request.session["flash"] = f"not added: {exc}"
        return RedirectResponse("/admin/users", status_code=303)

    @app.get("/favicon.ico")
    async def favicon():
        return Response(status_code=204)

    return app
